package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LegalBasisLinks;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.PROV;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.ApiFilter;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.ColumnType;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import java.util.List;

import static cn.zfgs.portal.opendata.ColumnType.DATE;
import static cn.zfgs.portal.opendata.ColumnType.DECIMAL;
import static cn.zfgs.portal.opendata.ColumnType.INTEGER;
import static cn.zfgs.portal.opendata.ColumnType.TEXT;
import static cn.zfgs.portal.opendata.ColumnType.TEXT_LIST;

/** 执法决定数据集 — every decision in public, its current version, with legal bases linked to the articles. */
public final class DecisionsDataset extends EntityDataset {

    private final LegalBasisLinks legalBases;

    public DecisionsDataset(EntityUris uris, LegalBasisLinks legalBases) {
        super("decisions", "执法决定", "各执法机关公开的行政许可、行政处罚、行政强制、行政检查等执法决定（已依法屏蔽个人信息），"
                        + "每件决定一行，为其当前公开版本；已撤回的决定不在其中（见“撤回公告”数据集）。",
                LinkedKind.DECISION, "pub_decision", "item_id", uris, List.of(
                        Column.of("document_number", TEXT, "决定文书文号，如 赣药监罚〔2024〕12号"),
                        Column.of("decision_type", TEXT, "决定类别代码：LICENSING 行政许可、PENALTY 行政处罚、COERCION 行政强制、"
                                + "INSPECTION 行政检查、LEVY 行政征收、FEE 行政收费、OTHER 其他"),
                        Column.derived("decision_type_label", TEXT, "决定类别的中文名称"),
                        Column.of("agency_id", INTEGER, "作出决定的执法主体编号（见“执法主体”数据集）"),
                        Column.of("agency_name", TEXT, "作出决定的执法主体名称"),
                        Column.of("party_name", TEXT, "当事人名称；自然人只保留姓氏，如 王某某"),
                        Column.of("party_kind", TEXT, "当事人类别代码：NATURAL_PERSON 自然人、INDIVIDUAL_BUSINESS 个体工商户、"
                                + "LEGAL_PERSON 法人、OTHER_ORGANIZATION 非法人组织"),
                        Column.derived("party_kind_label", TEXT, "当事人类别的中文名称"),
                        Column.of("party_credit_code", TEXT, "当事人统一社会信用代码（单位当事人）"),
                        Column.of("enforcement_item_id", INTEGER, "所属执法事项编号（见“执法事项”数据集），可为空"),
                        Column.of("facts", TEXT, "违法事实或决定事由（已屏蔽个人信息）"),
                        Column.of("legal_bases", TEXT_LIST, "执法依据，到条，如 《药品管理法》第一百一十五条"),
                        Column.of("result", TEXT, "决定内容，如处罚种类和幅度"),
                        Column.of("fine_amount", DECIMAL, "罚款金额（元），无罚款为空"),
                        Column.of("confiscated_amount", DECIMAL, "没收违法所得金额（元），无则为空"),
                        Column.of("decision_date", DATE, "作出决定的日期")),
                List.of(new ApiFilter("agency", "agency_id = ?", INTEGER, "执法主体编号"),
                        new ApiFilter("type", "decision_type = ?", TEXT, "决定类别代码，如 PENALTY"),
                        new ApiFilter("from", "decision_date >= ?", DATE, "决定日期不早于（YYYY-MM-DD）"),
                        new ApiFilter("to", "decision_date <= ?", DATE, "决定日期不晚于（YYYY-MM-DD）"),
                        new ApiFilter("item", "enforcement_item_id = ?", INTEGER, "执法事项编号")));
        this.legalBases = legalBases;
    }

    @Override
    public String temporalColumn() {
        return "decision_date";
    }

    @Override
    protected void deriveLabels(DatasetRow row) {
        row.set("decision_type_label", DecisionType.valueOf(row.text("decision_type")).label());
        row.set("party_kind_label", PartyKind.valueOf(row.text("party_kind")).label());
    }

    @Override
    protected void describeContent(DatasetRow row, Node s, RdfOut out) {
        out.type(s, ZFGS.EnforcementDecision);
        out.text(s, RDFS.label, row.text("document_number") + " " + row.text("decision_type_label") + "决定");
        out.code(s, ZFGS.documentNumber, row.text("document_number"));
        out.code(s, DCTerms.identifier, row.text("document_number"));
        out.text(s, ZFGS.decisionType, row.text("decision_type_label"));
        out.link(s, PROV.wasAttributedTo, uris.entity(LinkedKind.AGENCY, row.number("agency_id")));
        out.text(s, ZFGS.partyName, row.text("party_name"));
        out.text(s, ZFGS.partyKind, row.text("party_kind_label"));
        out.code(s, ZFGS.partyCreditCode, row.text("party_credit_code"));
        Long item = row.number("enforcement_item_id");
        if (item != null) {
            out.link(s, ZFGS.enforcementItem, uris.entity(LinkedKind.ITEM, item));
        }
        out.text(s, ZFGS.facts, row.text("facts"));
        for (String citation : row.list("legal_bases")) {
            out.text(s, ZFGS.legalBasisText, citation);
            legalBases.resolve(citation, row.date("decision_date")).ifPresent(cited ->
                    out.link(s, ZFGS.legalBasis, uris.article(cited.law().id(), cited.basis().article())));
        }
        out.text(s, ZFGS.result, row.text("result"));
        out.decimal(s, ZFGS.fineAmount, row.amount("fine_amount"));
        out.decimal(s, ZFGS.confiscatedAmount, row.amount("confiscated_amount"));
        out.date(s, ZFGS.decisionDate, row.date("decision_date"));
    }
}
