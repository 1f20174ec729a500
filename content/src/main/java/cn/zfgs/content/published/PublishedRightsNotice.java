package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.RightsNoticeContent;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.List;

/** 已公开的权利告知 — a rights notice as published. */
@Entity
@Table(name = "pub_rights_notice")
@IdClass(PublishedKey.class)
public class PublishedRightsNotice extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private DecisionType itemType;
    private String rights;

    protected PublishedRightsNotice() {
    }

    public PublishedRightsNotice(PublicationStamp stamp, RightsNoticeContent content) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.title = content.title();
        this.itemType = content.itemType();
        this.rights = ContentJson.write(content.rights());
    }

    public String agencyName() {
        return agencyName;
    }

    public String title() {
        return title;
    }

    public DecisionType itemType() {
        return itemType;
    }

    public List<RightsNoticeContent.Right> rights() {
        return ContentJson.read(rights, new TypeReference<List<RightsNoticeContent.Right>>() { });
    }
}
