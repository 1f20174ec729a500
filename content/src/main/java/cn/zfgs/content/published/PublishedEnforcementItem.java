package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.RandomInspection;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** 已公开的执法事项 — a catalogue entry; with inspection attributes it is also on the random-inspection list. */
@Entity
@Table(name = "pub_enforcement_item")
@IdClass(PublishedKey.class)
public class PublishedEnforcementItem extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private DecisionType itemType;
    @Column(name = "handling_department")
    private String handlingDepartment;
    @Column(name = "legal_bases")
    private String legalBases;
    @Column(name = "time_limit_days")
    private Integer timeLimitDays;
    @Column(name = "time_limit_note")
    private String timeLimitNote;
    @Column(name = "random_inspection")
    private boolean randomInspection;
    @Column(name = "inspection_subject")
    private String inspectionSubject;
    @Column(name = "inspection_targets")
    private String inspectionTargets;
    @Column(name = "inspection_content")
    private String inspectionContent;
    @Column(name = "inspection_ratio")
    private String inspectionRatio;
    @Column(name = "inspection_method")
    private String inspectionMethod;
    @Column(name = "inspection_frequency")
    private String inspectionFrequency;

    protected PublishedEnforcementItem() {
    }

    public PublishedEnforcementItem(PublicationStamp stamp, EnforcementItemContent content) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.code = content.code();
        this.name = content.name();
        this.itemType = content.itemType();
        this.handlingDepartment = content.handlingDepartment();
        this.legalBases = ContentJson.write(content.legalBases());
        this.timeLimitDays = content.timeLimitDays();
        this.timeLimitNote = content.timeLimitNote();
        RandomInspection inspection = content.randomInspection();
        this.randomInspection = inspection != null;
        if (inspection != null) {
            this.inspectionSubject = inspection.subject();
            this.inspectionTargets = inspection.targets();
            this.inspectionContent = inspection.content();
            this.inspectionRatio = inspection.ratio();
            this.inspectionMethod = inspection.method();
            this.inspectionFrequency = inspection.frequency();
        }
    }

    public String agencyName() {
        return agencyName;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DecisionType itemType() {
        return itemType;
    }

    public String handlingDepartment() {
        return handlingDepartment;
    }

    public List<String> legalBases() {
        return ContentJson.read(legalBases, new TypeReference<List<String>>() { });
    }

    public Integer timeLimitDays() {
        return timeLimitDays;
    }

    public String timeLimitNote() {
        return timeLimitNote;
    }

    public Optional<RandomInspection> randomInspection() {
        return randomInspection
                ? Optional.of(new RandomInspection(inspectionSubject, inspectionTargets, inspectionContent,
                        inspectionRatio, inspectionMethod, inspectionFrequency))
                : Optional.empty();
    }
}
