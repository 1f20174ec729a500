package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.ApiFilter;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.ArrayList;
import java.util.List;

import static cn.zfgs.portal.opendata.ColumnType.INTEGER;
import static cn.zfgs.portal.opendata.ColumnType.TEXT;
import static cn.zfgs.portal.opendata.ColumnType.TEXT_LIST;

/** 服务指南数据集 — how to apply: organs, conditions, materials, time limit, fees and channels. */
public final class GuidesDataset extends EntityDataset {

    public GuidesDataset(EntityUris uris) {
        super("guides", "服务指南", "行政许可等事项的服务指南：受理机关、决定机关、申请条件、申请材料、办理时限、收费、办理地点和时间、进度查询、咨询和投诉方式。",
                LinkedKind.GUIDE, "pub_service_guide", "item_id", uris, List.of(
                        Column.of("title", TEXT, "指南标题"),
                        Column.of("agency_id", INTEGER, "执法主体编号"),
                        Column.of("agency_name", TEXT, "执法主体名称"),
                        Column.of("enforcement_item_id", INTEGER, "对应的执法事项编号，可为空"),
                        Column.of("accepting_organ", TEXT, "受理机关"),
                        Column.of("approving_organ", TEXT, "决定机关"),
                        Column.of("conditions", TEXT, "申请条件"),
                        Column.of("materials", TEXT_LIST, "申请材料，每项为“材料名称（形式，份数）”"),
                        Column.of("time_limit", TEXT, "办理时限"),
                        Column.of("fees", TEXT, "收费标准"),
                        Column.of("place_and_hours", TEXT, "办理地点和时间"),
                        Column.of("progress_enquiry", TEXT, "办理进度查询方式"),
                        Column.of("consultation", TEXT, "咨询方式"),
                        Column.of("complaints", TEXT, "监督投诉方式")),
                List.of(new ApiFilter("agency", "agency_id = ?", INTEGER, "执法主体编号"),
                        new ApiFilter("item", "enforcement_item_id = ?", INTEGER, "执法事项编号")));
    }

    /** Materials are stored as objects; the dataset lists each as 名称（形式，N份）. */
    @Override
    protected List<String> readList(Column column, String json) {
        List<String> materials = new ArrayList<>();
        for (JsonNode m : readJson(json)) {
            String form = m.path("form").asText("");
            int copies = m.path("copies").asInt(0);
            StringBuilder text = new StringBuilder(m.path("name").asText(""));
            if (!form.isEmpty() || copies > 0) {
                text.append('（').append(form);
                if (copies > 0) {
                    text.append(form.isEmpty() ? "" : "，").append(copies).append("份");
                }
                text.append('）');
            }
            materials.add(text.toString());
        }
        return List.copyOf(materials);
    }

    @Override
    protected void describeContent(DatasetRow row, Node s, RdfOut out) {
        out.type(s, SchemaDO.GovernmentService);
        out.type(s, ZFGS.ServiceGuide);
        out.text(s, SchemaDO.name, row.text("title"));
        out.link(s, SchemaDO.provider, uris.entity(LinkedKind.AGENCY, row.number("agency_id")));
        Long item = row.number("enforcement_item_id");
        if (item != null) {
            out.link(s, ZFGS.enforcementItem, uris.entity(LinkedKind.ITEM, item));
        }
        out.text(s, ZFGS.acceptingOrgan, row.text("accepting_organ"));
        out.text(s, ZFGS.approvingOrgan, row.text("approving_organ"));
        out.text(s, ZFGS.conditions, row.text("conditions"));
        for (String material : row.list("materials")) {
            out.text(s, ZFGS.material, material);
        }
        out.text(s, ZFGS.timeLimit, row.text("time_limit"));
        out.text(s, ZFGS.fees, row.text("fees"));
        out.text(s, ZFGS.placeAndHours, row.text("place_and_hours"));
        out.text(s, ZFGS.progressEnquiry, row.text("progress_enquiry"));
        out.text(s, ZFGS.consultation, row.text("consultation"));
        out.text(s, ZFGS.complaints, row.text("complaints"));
    }
}
