package cn.zfgs.search.bench;

import cn.zfgs.search.query.PublicQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * 数据库基线 — what a team without a search engine ships: the decisions table, every word as
 * {@code ILIKE '%word%'} over 文号, party, facts and result (pg_trgm GIN indexes make that indexable), phrases the
 * same, exclusions as NOT, the agency (with its direct subordinates) and year as plain filters, newest first, 20
 * rows and the exact count. Decisions only, no ranking, no facets, no highlights.
 */
final class PostgresBaseline {

    private final DataSource db;

    PostgresBaseline(DataSource db) {
        this.db = db;
    }

    /** Creates pg_trgm and its GIN indexes when missing; returns the seconds it took. */
    double prepare() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = db.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            for (String column : List.of("document_number", "party_name", "facts", "result")) {
                s.execute("CREATE INDEX IF NOT EXISTS bench_trgm_" + column + " ON pub_decision USING gin (" + column
                        + " gin_trgm_ops)");
            }
            s.execute("ANALYZE pub_decision");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    long search(QueryMix.Query query) throws SQLException {
        PublicQuery q = PublicQuery.parse(query.q());
        StringBuilder where = new StringBuilder("is_current");
        List<Object> args = new ArrayList<>();
        List<String> positive = new ArrayList<>(q.words());
        positive.addAll(q.phrases());
        for (String w : positive) {
            where.append(" AND (document_number ILIKE ? OR party_name ILIKE ? OR facts ILIKE ? OR result ILIKE ?)");
            for (int i = 0; i < 4; i++) {
                args.add("%" + w + "%");
            }
        }
        for (String w : q.excluded()) {
            where.append(" AND NOT (document_number ILIKE ? OR party_name ILIKE ? OR facts ILIKE ? OR result ILIKE ?)");
            for (int i = 0; i < 4; i++) {
                args.add("%" + w + "%");
            }
        }
        if (query.agency() != null) {
            where.append(" AND agency_id IN (SELECT agency_id FROM pub_agency WHERE is_current AND (agency_id = ? "
                    + "OR parent_agency_id = ?))");
            args.add(query.agency());
            args.add(query.agency());
        }
        if (query.year() != null) {
            where.append(" AND decision_date >= make_date(?, 1, 1) AND decision_date < make_date(?, 1, 1)");
            args.add(query.year());
            args.add(query.year() + 1);
        }
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT item_id, document_number, party_name, decision_date "
                    + "FROM pub_decision WHERE " + where + " ORDER BY decision_date DESC, item_id DESC LIMIT 20")) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getString(2);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pub_decision WHERE " + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }
}
