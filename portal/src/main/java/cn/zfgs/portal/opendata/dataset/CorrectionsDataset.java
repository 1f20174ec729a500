package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import cn.zfgs.portal.opendata.OpenDataset;
import org.apache.jena.graph.Node;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static cn.zfgs.portal.opendata.ColumnType.DATETIME;
import static cn.zfgs.portal.opendata.ColumnType.INTEGER;
import static cn.zfgs.portal.opendata.ColumnType.IRI;
import static cn.zfgs.portal.opendata.ColumnType.TEXT;

/**
 * 更正记录数据集 — every correction in public: which entity, which new version, when, and the public change note
 * (更正说明). The corrected text itself is in the entity's datasets and version URIs; corrections of an item later
 * withdrawn leave with it.
 */
public final class CorrectionsDataset extends OpenDataset {

    private final EntityUris uris;

    public CorrectionsDataset(EntityUris uris) {
        super("corrections", "更正记录", "已公开信息的每一次更正：更正的对象、更正后的版本、时间和更正说明；按更正时间排列。",
                List.of(Column.of("kind", TEXT, "对象类别代码：AGENCY 执法主体、ENFORCEMENT_ITEM 执法事项、OFFICER 执法人员、"
                                + "SERVICE_GUIDE 服务指南、DECISION 执法决定"),
                        Column.derived("kind_label", TEXT, "对象类别的中文名称"),
                        Column.of("id", INTEGER, "对象编号（与对应数据集的 id 相同）"),
                        Column.of("version", INTEGER, "更正后的版本号"),
                        Column.derived("uri", IRI, "更正后版本的稳定链接"),
                        Column.derived("entity_uri", IRI, "对象的稳定链接"),
                        Column.derived("previous_version_uri", IRI, "被更正的上一版本的稳定链接"),
                        Column.of("published_at", DATETIME, "更正公开的时间"),
                        Column.of("change_note", TEXT, "更正说明")));
        this.uris = uris;
    }

    @Override
    protected String source() {
        return Arrays.stream(LinkedKind.values())
                .map(k -> "SELECT '" + k.contentKind().name() + "' AS kind, "
                        + (k == LinkedKind.AGENCY ? "agency_id" : "item_id") + " AS id, version, published_at, "
                        + "change_note FROM " + table(k) + " WHERE version > 1")
                .collect(Collectors.joining(" UNION ALL ", "(", ") corrections"));
    }

    static String table(LinkedKind kind) {
        return switch (kind) {
            case AGENCY -> "pub_agency";
            case ITEM -> "pub_enforcement_item";
            case OFFICER -> "pub_officer";
            case GUIDE -> "pub_service_guide";
            case DECISION -> "pub_decision";
        };
    }

    @Override
    protected String order() {
        return "published_at, kind, id, version";
    }

    @Override
    public String temporalColumn() {
        return "published_at";
    }

    @Override
    protected void derive(DatasetRow row) {
        LinkedKind kind = LinkedKind.of(cn.zfgs.content.model.ContentKind.valueOf(row.text("kind"))).orElseThrow();
        long id = row.number("id");
        int version = row.number("version").intValue();
        row.set("kind_label", kind.label());
        row.set("uri", uris.version(kind, id, version));
        row.set("entity_uri", uris.entity(kind, id));
        row.set("previous_version_uri", uris.version(kind, id, version - 1));
    }

    @Override
    public Node subject(DatasetRow row) {
        return RdfOut.uri(row.text("uri"));
    }

    @Override
    public void describe(DatasetRow row, Node subject, RdfOut out) {
        LinkedKind kind = LinkedKind.of(cn.zfgs.content.model.ContentKind.valueOf(row.text("kind"))).orElseThrow();
        EntityDataset.describeVersion(uris, kind, row.number("id"), row.number("version").intValue(),
                row.instant("published_at"), row.text("change_note"), out);
    }
}
