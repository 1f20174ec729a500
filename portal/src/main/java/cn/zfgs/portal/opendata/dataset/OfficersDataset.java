package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.ApiFilter;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.List;

import static cn.zfgs.portal.opendata.ColumnType.BOOLEAN;
import static cn.zfgs.portal.opendata.ColumnType.DATE;
import static cn.zfgs.portal.opendata.ColumnType.INTEGER;
import static cn.zfgs.portal.opendata.ColumnType.TEXT;

/** 执法人员名册数据集 — officers and legal reviewers with their certificates; nothing personal beyond that. */
public final class OfficersDataset extends EntityDataset {

    public OfficersDataset(EntityUris uris) {
        super("officers", "执法人员名册", "持有行政执法证件的执法人员和法制审核人员：姓名、所在单位、执法证号、执法类别、区域、证件状态与有效期。",
                LinkedKind.OFFICER, "pub_officer", "item_id", uris, List.of(
                        Column.of("name", TEXT, "姓名"),
                        Column.of("agency_id", INTEGER, "所在执法主体编号"),
                        Column.of("agency_name", TEXT, "所在执法主体名称"),
                        Column.of("certificate_number", TEXT, "行政执法证号"),
                        Column.of("category", TEXT, "执法类别，如 市场监管"),
                        Column.of("region_code", TEXT, "执法区域的行政区划代码（6 位）"),
                        Column.of("region_name", TEXT, "执法区域名称"),
                        Column.of("status", TEXT, "证件状态代码：VALID 有效、SUSPENDED 暂停执法、REVOKED 已注销"),
                        Column.derived("status_label", TEXT, "证件状态的中文名称"),
                        Column.of("valid_from", DATE, "证件有效期起"),
                        Column.of("valid_until", DATE, "证件有效期止"),
                        Column.of("legal_reviewer", BOOLEAN, "是否为法制审核人员")),
                List.of(new ApiFilter("agency", "agency_id = ?", INTEGER, "执法主体编号"),
                        new ApiFilter("category", "category = ?", TEXT, "执法类别"),
                        new ApiFilter("status", "status = ?", TEXT, "证件状态代码，如 VALID"),
                        new ApiFilter("certificate", "certificate_number = ?", TEXT, "执法证号")));
    }

    @Override
    protected void deriveLabels(DatasetRow row) {
        row.set("status_label", OfficerStatus.valueOf(row.text("status")).label());
    }

    @Override
    protected void describeContent(DatasetRow row, Node s, RdfOut out) {
        out.type(s, SchemaDO.Person);
        out.type(s, ZFGS.EnforcementOfficer);
        out.text(s, SchemaDO.name, row.text("name"));
        out.link(s, ORG.memberOf, uris.entity(LinkedKind.AGENCY, row.number("agency_id")));
        out.code(s, ZFGS.certificateNumber, row.text("certificate_number"));
        out.text(s, ZFGS.enforcementCategory, row.text("category"));
        out.code(s, ZFGS.regionCode, row.text("region_code"));
        out.text(s, ZFGS.regionName, row.text("region_name"));
        out.text(s, ZFGS.officerStatus, row.text("status_label"));
        out.date(s, SchemaDO.validFrom, row.date("valid_from"));
        out.date(s, SchemaDO.validThrough, row.date("valid_until"));
        out.bool(s, ZFGS.legalReviewer, row.flag("legal_reviewer"));
    }
}
