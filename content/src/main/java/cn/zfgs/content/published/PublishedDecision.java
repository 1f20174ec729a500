package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 已公开的执法决定 — the redacted public projection of one version of a decision. */
@Entity
@Table(name = "pub_decision")
@IdClass(PublishedKey.class)
public class PublishedDecision extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    @Column(name = "document_number")
    private String documentNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type")
    private DecisionType decisionType;
    @Column(name = "party_name")
    private String partyName;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind")
    private PartyKind partyKind;
    @Column(name = "party_credit_code")
    private String partyCreditCode;
    @Column(name = "enforcement_item_id")
    private Long enforcementItemId;
    private String facts;
    @Column(name = "legal_bases")
    private String legalBases;
    private String result;
    @Column(name = "fine_amount")
    private BigDecimal fineAmount;
    @Column(name = "confiscated_amount")
    private BigDecimal confiscatedAmount;
    @Column(name = "decision_date")
    private LocalDate decisionDate;

    protected PublishedDecision() {
    }

    /** {@code redacted} must already be the projection: see {@link cn.zfgs.content.redaction.Redactor}. */
    public PublishedDecision(PublicationStamp stamp, DecisionContent redacted) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.documentNumber = redacted.documentNumber();
        this.decisionType = redacted.decisionType();
        this.partyName = redacted.partyName();
        this.partyKind = redacted.partyKind();
        this.partyCreditCode = redacted.partyCreditCode();
        this.enforcementItemId = redacted.enforcementItemId();
        this.facts = redacted.facts();
        this.legalBases = ContentJson.write(redacted.legalBases());
        this.result = redacted.result();
        this.fineAmount = redacted.fineAmount();
        this.confiscatedAmount = redacted.confiscatedAmount();
        this.decisionDate = redacted.decisionDate();
    }

    public String agencyName() {
        return agencyName;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public DecisionType decisionType() {
        return decisionType;
    }

    public String partyName() {
        return partyName;
    }

    public PartyKind partyKind() {
        return partyKind;
    }

    public String partyCreditCode() {
        return partyCreditCode;
    }

    public Long enforcementItemId() {
        return enforcementItemId;
    }

    public String facts() {
        return facts;
    }

    public List<String> legalBases() {
        return ContentJson.read(legalBases, new TypeReference<List<String>>() { });
    }

    public String result() {
        return result;
    }

    public BigDecimal fineAmount() {
        return fineAmount;
    }

    public BigDecimal confiscatedAmount() {
        return confiscatedAmount;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }
}
