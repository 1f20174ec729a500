package cn.zfgs.search.index;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.model.ServiceGuideContent;
import com.fasterxml.jackson.core.type.TypeReference;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * 发布模型读取 — reads what the index is made of straight from the published tables and the publication log, over
 * plain JDBC: the read model needs no more than SELECT on {@code pub_*} and {@code publication_log}, which the
 * {@code zfgs_public} role has, and a rebuild streams a million rows without an ORM session in between.
 */
public final class PublishedSource {

    /** The kinds of content the public search finds, with the columns each needs. */
    static final Map<ContentKind, String> QUERIES = Map.of(
            ContentKind.DECISION, "SELECT item_id, agency_id, agency_name, published_at, document_number, decision_type, "
                    + "party_name, facts, result, legal_bases, fine_amount, decision_date FROM pub_decision",
            ContentKind.ENFORCEMENT_ITEM, "SELECT item_id, agency_id, agency_name, published_at, code, name, item_type, "
                    + "handling_department, legal_bases, time_limit_note, inspection_subject, inspection_targets, "
                    + "inspection_content, inspection_method FROM pub_enforcement_item",
            ContentKind.OFFICER, "SELECT item_id, agency_id, agency_name, published_at, name, certificate_number, category, "
                    + "region_code, region_name, status, legal_reviewer FROM pub_officer",
            ContentKind.SERVICE_GUIDE, "SELECT item_id, agency_id, agency_name, published_at, title, accepting_organ, "
                    + "approving_organ, conditions, materials, time_limit, fees FROM pub_service_guide");

    public static final List<ContentKind> INDEXED = SearchKinds.ALL;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int FETCH = 1_000;

    /** One publication log entry, as far as the index cares. */
    public record Event(long seq, ContentKind kind, long itemId) {
    }

    private final DataSource dataSource;

    public PublishedSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long lastSeq() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT last_seq FROM publication_log_head WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new SourceException(e);
        }
    }

    public List<Event> eventsAfter(long seq, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT seq, kind, item_id FROM publication_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, seq);
            s.setInt(2, limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new Event(r.getLong(1), ContentKind.valueOf(r.getString(2)), r.getLong(3)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new SourceException(e);
        }
    }

    public AgencyDirectory agencies() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT agency_id, item_id, name, region_code, "
                        + "region_name, parent_agency_id FROM pub_agency WHERE is_current");
                ResultSet r = s.executeQuery()) {
            List<AgencyDirectory.Agency> agencies = new ArrayList<>();
            while (r.next()) {
                long parent = r.getLong(6);
                agencies.add(new AgencyDirectory.Agency(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getString(5), r.wasNull() ? null : parent));
            }
            return new AgencyDirectory(agencies);
        } catch (SQLException e) {
            throw new SourceException(e);
        }
    }

    /** The current documents of the given items of one kind; a withdrawn item simply has none. */
    public List<SearchDocument> documents(ContentKind kind, Collection<Long> itemIds, AgencyDirectory agencies) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        String ids = itemIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<SearchDocument> out = new ArrayList<>();
        stream(kind, "item_id IN (" + ids + ")", agencies, out::add);
        return out;
    }

    /** The current documents of the agencies given, of every indexed kind. */
    public void documentsOfAgencies(Collection<Long> agencyIds, AgencyDirectory agencies,
            Consumer<SearchDocument> sink) {
        String ids = agencyIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (ContentKind kind : INDEXED) {
            stream(kind, "agency_id IN (" + ids + ")", agencies, sink);
        }
    }

    /** Every current document of one kind, streamed in item order. */
    public void all(ContentKind kind, AgencyDirectory agencies, Consumer<SearchDocument> sink) {
        stream(kind, null, agencies, sink);
    }

    private void stream(ContentKind kind, String condition, AgencyDirectory agencies, Consumer<SearchDocument> sink) {
        String sql = QUERIES.get(kind) + " WHERE is_current" + (condition == null ? "" : " AND " + condition);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(FETCH);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(document(kind, r, agencies));
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SourceException(e);
        }
    }

    private static SearchDocument document(ContentKind kind, ResultSet r, AgencyDirectory agencies)
            throws SQLException {
        long itemId = r.getLong("item_id");
        long agencyId = r.getLong("agency_id");
        LocalDate published = r.getObject("published_at", OffsetDateTime.class).atZoneSameInstant(CHINA)
                .toLocalDate();
        DocumentFactory.Place place = DocumentFactory.place(agencies, agencyId, r.getString("agency_name"));
        return switch (kind) {
            case DECISION -> DocumentFactory.decision(itemId, place, r.getString("document_number"),
                    DecisionType.valueOf(r.getString("decision_type")), r.getString("party_name"),
                    r.getString("facts"), r.getString("result"), strings(r.getString("legal_bases")),
                    r.getBigDecimal("fine_amount"), r.getObject("decision_date", LocalDate.class));
            case ENFORCEMENT_ITEM -> DocumentFactory.item(itemId, place, r.getString("code"), r.getString("name"),
                    DecisionType.valueOf(r.getString("item_type")), published,
                    List.of(r.getString("handling_department"), String.join("；", strings(r.getString("legal_bases"))),
                            r.getString("time_limit_note"), nullToEmpty(r.getString("inspection_subject")),
                            nullToEmpty(r.getString("inspection_targets")), nullToEmpty(r.getString("inspection_content")),
                            nullToEmpty(r.getString("inspection_method"))));
            case OFFICER -> DocumentFactory.officer(itemId, place, r.getString("name"),
                    r.getString("certificate_number"), r.getString("category"), r.getString("region_code"),
                    r.getString("region_name"), OfficerStatus.valueOf(r.getString("status")),
                    r.getBoolean("legal_reviewer"), published);
            case SERVICE_GUIDE -> DocumentFactory.guide(itemId, place, r.getString("title"), published,
                    List.of(r.getString("accepting_organ"), r.getString("approving_organ"), r.getString("conditions"),
                            ContentJson.read(r.getString("materials"),
                                            new TypeReference<List<ServiceGuideContent.Material>>() { })
                                    .stream().map(ServiceGuideContent.Material::name)
                                    .collect(Collectors.joining("；")),
                            r.getString("time_limit"), r.getString("fees")));
            default -> throw new IllegalArgumentException("not indexed: " + kind);
        };
    }

    private static List<String> strings(String json) {
        return ContentJson.read(json, new TypeReference<List<String>>() { });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The published tables could not be read. */
    public static final class SourceException extends RuntimeException {
        SourceException(SQLException cause) {
            super("cannot read the published model: " + cause.getMessage(), cause);
        }
    }
}
