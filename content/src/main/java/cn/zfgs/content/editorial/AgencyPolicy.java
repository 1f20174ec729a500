package cn.zfgs.content.editorial;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.workflow.MajorDecisionPolicy;
import cn.zfgs.content.workflow.PublicationPeriods;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** 机关公示规则 — an agency's own standard for 重大执法决定 and its publication periods, as its staff configured them. */
@Entity
@Table(name = "agency_policy")
public class AgencyPolicy {

    @Id
    @Column(name = "agency_id")
    private Long agencyId;
    @Column(name = "major_natural_person_fine")
    private BigDecimal majorNaturalPersonFine;
    @Column(name = "major_organisation_fine")
    private BigDecimal majorOrganisationFine;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_major_type", joinColumns = @JoinColumn(name = "agency_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type")
    private Set<DecisionType> majorTypes = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_publication_period", joinColumns = @JoinColumn(name = "agency_id"))
    @MapKeyColumn(name = "decision_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "months")
    private Map<DecisionType, Integer> periodMonths = new HashMap<>();
    @Column(name = "minor_natural_person_fine")
    private BigDecimal minorNaturalPersonFine;
    @Column(name = "minor_organisation_fine")
    private BigDecimal minorOrganisationFine;
    @Column(name = "minor_months")
    private Integer minorMonths;
    @Column(name = "updated_by")
    private Long updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected AgencyPolicy() {
    }

    public AgencyPolicy(Long agencyId) {
        this.agencyId = agencyId;
    }

    /** Replaces the whole policy; both parts are already validated by their own constructors. */
    public void configure(MajorDecisionPolicy major, PublicationPeriods periods, Long by, Instant at) {
        majorNaturalPersonFine = major.naturalPersonFine();
        majorOrganisationFine = major.organisationFine();
        majorTypes.clear();
        majorTypes.addAll(major.alwaysMajorTypes());
        periodMonths.clear();
        periodMonths.putAll(periods.months());
        PublicationPeriods.MinorPenalty minor = periods.minorPenalty();
        minorNaturalPersonFine = minor == null ? null : minor.naturalPersonFine();
        minorOrganisationFine = minor == null ? null : minor.organisationFine();
        minorMonths = minor == null ? null : minor.months();
        updatedBy = by;
        updatedAt = at;
    }

    public MajorDecisionPolicy majorDecisionPolicy() {
        return new MajorDecisionPolicy(majorNaturalPersonFine, majorOrganisationFine,
                majorTypes.isEmpty() ? Set.of() : EnumSet.copyOf(majorTypes));
    }

    public PublicationPeriods publicationPeriods() {
        PublicationPeriods.MinorPenalty minor = minorMonths == null ? null
                : new PublicationPeriods.MinorPenalty(minorNaturalPersonFine, minorOrganisationFine, minorMonths);
        return new PublicationPeriods(periodMonths.isEmpty() ? Map.of() : new EnumMap<>(periodMonths), minor);
    }

    public Long agencyId() {
        return agencyId;
    }
}
