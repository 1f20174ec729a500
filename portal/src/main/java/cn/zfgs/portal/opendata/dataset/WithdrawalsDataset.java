package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.PROV;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
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
 * 撤回公告数据集 — the tombstones: what was withdrawn, when and why, and the document behind it; never the content.
 */
public final class WithdrawalsDataset extends OpenDataset {

    private final EntityUris uris;

    public WithdrawalsDataset(EntityUris uris) {
        super("withdrawals", "撤回公告", "已撤回的公开信息：撤回对象、原因、依据文书和撤回时间（因公示期满撤下的也在其中）。只有撤回公告，不含被撤回信息的内容。",
                List.of(Column.of("kind", TEXT, "对象类别代码（同“更正记录”数据集）"),
                        Column.derived("kind_label", TEXT, "对象类别的中文名称"),
                        Column.from("CASE WHEN kind = 'AGENCY' THEN agency_id ELSE item_id END", "id", INTEGER,
                                "被撤回对象的编号"),
                        Column.derived("uri", IRI, "被撤回对象原来的稳定链接（现答复 410 已撤回）"),
                        Column.of("agency_id", INTEGER, "执法主体编号"),
                        Column.of("reason", TEXT, "撤回原因代码：REVOKED 决定已被撤销、CONFIRMED_UNLAWFUL 决定被确认违法、"
                                + "TO_BE_REMADE 决定被责令重新作出、PERIOD_EXPIRED 公示期限届满、OTHER 其他原因"),
                        Column.derived("reason_label", TEXT, "撤回原因的中文说明"),
                        Column.of("basis_document", TEXT, "撤回依据的文书"),
                        Column.of("withdrawn_at", DATETIME, "撤回时间")));
        this.uris = uris;
    }

    @Override
    protected String source() {
        return "pub_tombstone WHERE kind IN " + Arrays.stream(LinkedKind.values())
                .map(k -> "'" + k.contentKind().name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** The tombstone of one entity; parameters: the kind code, the id. */
    public String selectOne() {
        return "SELECT " + selectList() + " FROM pub_tombstone WHERE kind = ? AND "
                + "CASE WHEN kind = 'AGENCY' THEN agency_id ELSE item_id END = ?";
    }

    @Override
    protected String order() {
        return "withdrawn_at, item_id";
    }

    @Override
    public String temporalColumn() {
        return "withdrawn_at";
    }

    @Override
    protected void derive(DatasetRow row) {
        LinkedKind kind = LinkedKind.of(ContentKind.valueOf(row.text("kind"))).orElseThrow();
        row.set("kind_label", kind.label());
        row.set("uri", uris.entity(kind, row.number("id")));
        row.set("reason_label", WithdrawalReason.valueOf(row.text("reason")).label());
    }

    @Override
    public Node subject(DatasetRow row) {
        return RdfOut.uri(row.text("uri"));
    }

    @Override
    public void describe(DatasetRow row, Node s, RdfOut out) {
        out.type(s, ZFGS.Withdrawal);
        out.text(s, ZFGS.withdrawnKind, row.text("kind_label"));
        out.dateTime(s, PROV.invalidatedAtTime, row.instant("withdrawn_at"));
        out.text(s, ZFGS.withdrawalReason, row.text("reason_label"));
        out.text(s, ZFGS.basisDocument, row.text("basis_document"));
        out.link(s, PROV.wasAttributedTo, uris.entity(LinkedKind.AGENCY, row.number("agency_id")));
    }
}
