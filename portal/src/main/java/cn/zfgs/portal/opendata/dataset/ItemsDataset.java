package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LegalBasisLinks;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.ApiFilter;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.List;

import static cn.zfgs.portal.opendata.ColumnType.BOOLEAN;
import static cn.zfgs.portal.opendata.ColumnType.INTEGER;
import static cn.zfgs.portal.opendata.ColumnType.TEXT;
import static cn.zfgs.portal.opendata.ColumnType.TEXT_LIST;

/** 执法事项清单数据集 — the item catalogue; items flagged for random inspection form the 随机抽查事项清单. */
public final class ItemsDataset extends EntityDataset {

    private final LegalBasisLinks legalBases;

    public ItemsDataset(EntityUris uris, LegalBasisLinks legalBases) {
        super("items", "执法事项清单（含随机抽查事项清单）", "各执法机关的执法事项：事项编码、名称、类别、实施机关、承办机构、执法依据和办理时限；"
                        + "random_inspection 为 true 的事项同时列入随机抽查事项清单，附抽查主体、对象、内容、比例、方式和频次。",
                LinkedKind.ITEM, "pub_enforcement_item", "item_id", uris, List.of(
                        Column.of("code", TEXT, "事项编码"),
                        Column.of("name", TEXT, "事项名称"),
                        Column.of("item_type", TEXT, "事项类别代码（同执法决定的决定类别代码）"),
                        Column.derived("item_type_label", TEXT, "事项类别的中文名称"),
                        Column.of("agency_id", INTEGER, "实施机关（执法主体）编号"),
                        Column.of("agency_name", TEXT, "实施机关名称"),
                        Column.of("handling_department", TEXT, "承办机构"),
                        Column.of("legal_bases", TEXT_LIST, "执法依据，到条"),
                        Column.of("time_limit_days", INTEGER, "法定办理时限（工作日），无则为空"),
                        Column.of("time_limit_note", TEXT, "办理时限说明"),
                        Column.of("random_inspection", BOOLEAN, "是否列入随机抽查事项清单"),
                        Column.of("inspection_subject", TEXT, "抽查主体"),
                        Column.of("inspection_targets", TEXT, "抽查对象"),
                        Column.of("inspection_content", TEXT, "抽查内容"),
                        Column.of("inspection_ratio", TEXT, "抽查比例"),
                        Column.of("inspection_method", TEXT, "抽查方式"),
                        Column.of("inspection_frequency", TEXT, "抽查频次")),
                List.of(new ApiFilter("agency", "agency_id = ?", INTEGER, "执法主体编号"),
                        new ApiFilter("type", "item_type = ?", TEXT, "事项类别代码，如 LICENSING"),
                        new ApiFilter("random_inspection", "random_inspection = ?", BOOLEAN,
                                "true 时只列随机抽查事项")));
        this.legalBases = legalBases;
    }

    @Override
    protected void deriveLabels(DatasetRow row) {
        row.set("item_type_label", DecisionType.valueOf(row.text("item_type")).label());
    }

    @Override
    protected void describeContent(DatasetRow row, Node s, RdfOut out) {
        out.type(s, SchemaDO.GovernmentService);
        out.type(s, ZFGS.EnforcementItem);
        out.text(s, SchemaDO.name, row.text("name"));
        out.code(s, ZFGS.itemCode, row.text("code"));
        out.code(s, SchemaDO.identifier, row.text("code"));
        out.text(s, ZFGS.itemType, row.text("item_type_label"));
        out.text(s, SchemaDO.serviceType, row.text("item_type_label"));
        out.link(s, SchemaDO.provider, uris.entity(LinkedKind.AGENCY, row.number("agency_id")));
        out.text(s, ZFGS.handlingDepartment, row.text("handling_department"));
        for (String citation : row.list("legal_bases")) {
            out.text(s, ZFGS.legalBasisText, citation);
            legalBases.resolve(citation, null).ifPresent(cited ->
                    out.link(s, ZFGS.legalBasis, uris.article(cited.law().id(), cited.basis().article())));
        }
        out.integer(s, ZFGS.timeLimitDays, row.number("time_limit_days"));
        out.text(s, ZFGS.timeLimitNote, row.text("time_limit_note"));
        out.bool(s, ZFGS.randomInspection, row.flag("random_inspection"));
        out.text(s, ZFGS.inspectionSubject, row.text("inspection_subject"));
        out.text(s, ZFGS.inspectionTargets, row.text("inspection_targets"));
        out.text(s, ZFGS.inspectionContent, row.text("inspection_content"));
        out.text(s, ZFGS.inspectionRatio, row.text("inspection_ratio"));
        out.text(s, ZFGS.inspectionMethod, row.text("inspection_method"));
        out.text(s, ZFGS.inspectionFrequency, row.text("inspection_frequency"));
    }
}
