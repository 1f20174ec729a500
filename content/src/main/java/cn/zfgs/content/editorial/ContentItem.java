package cn.zfgs.content.editorial;

import cn.zfgs.content.model.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 公示条目 — one thing the agency publishes (a decision, an officer, an item …) across all its revisions. */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentKind kind;
    @Column(name = "agency_id")
    private Long agencyId;
    private String title;
    /** 文号, 执法证号 or 事项编码 of the latest revision: what imports and pushes look the item up by. */
    @Column(name = "natural_key")
    private String naturalKey;
    @Column(name = "published_version")
    private Integer publishedVersion;
    private boolean withdrawn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private Long createdBy;

    protected ContentItem() {
    }

    public ContentItem(ContentKind kind, Long agencyId, String title, Instant createdAt, Long createdBy) {
        this.kind = kind;
        this.agencyId = agencyId;
        this.title = title;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public ContentKind kind() {
        return kind;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String title() {
        return title;
    }

    /** The version the public sees now, or null before the first publication. */
    public Integer publishedVersion() {
        return publishedVersion;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public String naturalKey() {
        return naturalKey;
    }

    public void retitle(String title) {
        this.title = title;
    }

    public void identify(String naturalKey) {
        this.naturalKey = naturalKey;
    }

    public void published(int version) {
        this.publishedVersion = version;
    }

    public void withdraw() {
        this.withdrawn = true;
        this.publishedVersion = null;
    }
}
