package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.FlowchartContent;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.List;

/** 已公开的执法流程图 — a flowchart's structured steps as published. */
@Entity
@Table(name = "pub_flowchart")
@IdClass(PublishedKey.class)
public class PublishedFlowchart extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private DecisionType itemType;
    private String steps;

    protected PublishedFlowchart() {
    }

    public PublishedFlowchart(PublicationStamp stamp, FlowchartContent content) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.title = content.title();
        this.itemType = content.itemType();
        this.steps = ContentJson.write(content.steps());
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

    public List<FlowchartContent.Step> steps() {
        return ContentJson.read(steps, new TypeReference<List<FlowchartContent.Step>>() { });
    }
}
