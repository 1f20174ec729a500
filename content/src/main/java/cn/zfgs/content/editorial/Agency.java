package cn.zfgs.content.editorial;

import cn.zfgs.content.model.AgencyLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 执法主体 — an agency as a node of the hierarchy (province → city → county) that scopes staff and content. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 统一社会信用代码. */
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private AgencyLevel level;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "region_name")
    private String regionName;
    @Column(name = "parent_id")
    private Long parentId;
    /** The prefix of this agency's document numbers, e.g. 赣药监罚 in 赣药监罚〔2024〕12号. */
    @Column(name = "document_prefix")
    private String documentPrefix;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Agency() {
    }

    public Agency(String code, String name, AgencyLevel level, String regionCode, String regionName, Long parentId,
            String documentPrefix, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.parentId = parentId;
        this.documentPrefix = documentPrefix;
        this.createdAt = createdAt;
    }

    /** An administrator's correction of the agency's structural details; its id and creation time stay. */
    public void update(String code, String name, AgencyLevel level, String regionCode, String regionName,
            Long parentId, String documentPrefix) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.parentId = parentId;
        this.documentPrefix = documentPrefix;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AgencyLevel level() {
        return level;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public Long parentId() {
        return parentId;
    }

    public String documentPrefix() {
        return documentPrefix;
    }
}
