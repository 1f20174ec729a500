package cn.zfgs.portal.opendata;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.portal.errors.PublicInputException;
import cn.zfgs.portal.linkeddata.EntityDescriptions;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.RdfOut;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * 变更订阅 — the publication log as a feed: {@code /data/changes?since=N} lists what was published, corrected,
 * withdrawn or expired after sequence N, oldest first. A mirror loads a snapshot (its manifest names the sequence
 * it reflects), then asks for the changes since then, re-fetches each changed entity from its URI (or deletes it
 * when withdrawn), and continues from {@code next_since}.
 */
@Path("/data/changes")
public class ChangeFeedResource {

    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;

    @Inject
    DatasetReader reader;
    @Inject
    EntityDescriptions entities;
    @Inject
    EntityUris uris;

    /** 变更 — one event of the feed. */
    public record Change(long sequence, String event, String kind, String kindLabel, Long id, int version,
            String occurredAt, String uri, String versionUri) {
    }

    /** 变更列表 — a page of the feed. */
    public record ChangePage(long since, long nextSince, long lastSequence, boolean more, String next,
            List<Change> changes) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "发布日志变更订阅", description = "since 之后的发布、更正、撤回和到期事件，按序号升序；"
            + "继续获取时把 next_since 作为新的 since。撤回事件只给出对象和时间，不含内容。")
    public ChangePage changes(@Parameter(description = "从这个序号之后开始（不含），首次用 0 或快照清单中的 sequence", example = "0")
            @QueryParam("since") String since,
            @Parameter(description = "最多返回的事件数，1 至 10000，默认 1000", example = "100")
            @QueryParam("limit") String limit) {
        long after = number(since, "since", 0, Long.MAX_VALUE, 0);
        int max = (int) number(limit, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        long last = reader.position().sequence();
        List<Change> changes = new ArrayList<>();
        for (DatasetReader.LogEvent e : reader.eventsAfter(after, max)) {
            ContentKind kind = ContentKind.valueOf(e.kind());
            var linked = LinkedKind.of(kind);
            Long id = linked.flatMap(k -> entities.publicId(k, e.itemId())).orElse(null);
            String uri = linked.isPresent() && id != null ? uris.entity(linked.get(), id) : null;
            boolean gone = !"PUBLISHED".equals(e.event()) && !"CORRECTED".equals(e.event());
            changes.add(new Change(e.sequence(), e.event(), e.kind(), kind.label(), id, e.version(),
                    RdfOut.timestamp(e.occurredAt()), uri,
                    uri == null || gone ? null : uris.version(linked.get(), id, e.version())));
        }
        long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).sequence();
        boolean more = next < last;
        return new ChangePage(after, next, last, more,
                more ? "/data/changes?since=" + next + "&limit=" + max : null, changes);
    }

    private static long number(String raw, String name, long min, long max, long fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        if (raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw new PublicInputException(400, "参数 " + name + " 格式不正确：应为 " + min + " 至 " + max + " 之间的整数");
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            throw new PublicInputException(400, "参数 " + name + " 超出范围：应为 " + min + " 至 " + max + " 之间的整数");
        }
        return value;
    }
}
