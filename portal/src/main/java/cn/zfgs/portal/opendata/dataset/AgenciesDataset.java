package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.ApiFilter;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.List;

import static cn.zfgs.portal.opendata.ColumnType.INTEGER;
import static cn.zfgs.portal.opendata.ColumnType.TEXT;

/** 执法主体数据集 — agencies, their place in the hierarchy (W3C ORG), authority, duties and channels. */
public final class AgenciesDataset extends EntityDataset {

    public AgenciesDataset(EntityUris uris) {
        super("agencies", "执法主体", "行政执法主体：名称、统一社会信用代码、层级、区域、上级机关、法定职权依据、职责、联系方式、监督和投诉渠道。",
                LinkedKind.AGENCY, "pub_agency", "agency_id", uris, List.of(
                        Column.of("code", TEXT, "统一社会信用代码"),
                        Column.of("name", TEXT, "机关名称"),
                        Column.of("level", TEXT, "层级代码：PROVINCE 省级、CITY 市级、COUNTY 县级"),
                        Column.derived("level_label", TEXT, "层级的中文名称"),
                        Column.of("region_code", TEXT, "行政区划代码（6 位）"),
                        Column.of("region_name", TEXT, "行政区划名称"),
                        Column.from("parent_agency_id", "parent_id", INTEGER, "上级执法主体编号，无则为空"),
                        Column.of("legal_authority", TEXT, "法定职权依据"),
                        Column.of("duties", TEXT, "执法职责"),
                        Column.of("address", TEXT, "办公地址"),
                        Column.of("phone", TEXT, "联系电话"),
                        Column.of("office_hours", TEXT, "办公时间"),
                        Column.of("supervision_channel", TEXT, "监督渠道"),
                        Column.of("complaint_channel", TEXT, "投诉举报渠道")),
                List.of(new ApiFilter("level", "level = ?", TEXT, "层级代码，如 CITY"),
                        new ApiFilter("region", "region_code = ?", TEXT, "行政区划代码"),
                        new ApiFilter("parent", "parent_agency_id = ?", INTEGER, "上级执法主体编号")));
    }

    @Override
    protected void deriveLabels(DatasetRow row) {
        row.set("level_label", AgencyLevel.valueOf(row.text("level")).label());
    }

    @Override
    protected void describeContent(DatasetRow row, Node s, RdfOut out) {
        out.type(s, ORG.FormalOrganization);
        out.type(s, SchemaDO.GovernmentOrganization);
        out.text(s, SKOS.prefLabel, row.text("name"));
        out.text(s, SchemaDO.name, row.text("name"));
        out.code(s, ORG.identifier, row.text("code"));
        out.text(s, ZFGS.agencyLevel, row.text("level_label"));
        out.code(s, ZFGS.regionCode, row.text("region_code"));
        out.text(s, SchemaDO.areaServed, row.text("region_name"));
        Long parent = row.number("parent_id");
        if (parent != null) {
            String parentUri = uris.entity(LinkedKind.AGENCY, parent);
            out.link(s, ORG.subOrganizationOf, parentUri);
            out.add(RdfOut.uri(parentUri), ORG.hasSubOrganization, s);
        }
        out.text(s, ZFGS.legalAuthority, row.text("legal_authority"));
        out.text(s, DCTerms.description, row.text("duties"));
        out.text(s, SchemaDO.address, row.text("address"));
        out.code(s, SchemaDO.telephone, row.text("phone"));
        out.text(s, ZFGS.officeHours, row.text("office_hours"));
        out.text(s, ZFGS.supervisionChannel, row.text("supervision_channel"));
        out.text(s, ZFGS.complaintChannel, row.text("complaint_channel"));
    }
}
