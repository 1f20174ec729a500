package cn.zfgs.search.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * 查询组合 — a fixed, seeded mix of realistic public queries drawn from the published decisions: party names (whole
 * and in part), 文号 (as published and with [] brackets), topics (one or two words), phrases, and agency + year
 * facets with or without a topic.
 */
final class QueryMix {

    /** One query: the search box text and the facet filters (null when not used). */
    record Query(String kind, String q, Long agency, Integer year) {
    }

    private static final List<String> TOPICS = List.of("过期", "药品", "超过保质期", "职业健康检查", "医疗广告", "特种设备",
            "未取得", "营业执照", "食品经营许可", "明码标价", "商标", "劣药", "医疗器械", "消毒产品", "传染病", "罚款",
            "没收违法所得", "责令改正", "电梯", "执业药师", "处方药", "冷链", "进口", "餐饮", "标签", "虚假宣传", "无证经营",
            "卫生许可", "诊疗科目", "化妆品");
    private static final List<String> PHRASES = List.of("超过保质期", "未取得", "责令改正", "没收违法所得", "职业健康检查",
            "药品经营质量管理规范", "医疗广告审查证明", "食品安全标准", "定期检验", "注册商标专用权");

    private QueryMix() {
    }

    static List<Query> build(DataSource db, int size, long seed) throws SQLException {
        Random random = new Random(seed);
        List<String> parties = sample(db, "party_name", size, seed);
        List<String> numbers = sample(db, "document_number", size, seed + 1);
        List<long[]> agencyYears = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT agency_id, EXTRACT(YEAR FROM decision_date) "
                        + "FROM pub_decision WHERE is_current")) {
            while (r.next()) {
                agencyYears.add(new long[] {r.getLong(1), r.getLong(2)});
            }
        }
        Collections.sort(agencyYears, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int kind = i % 20;
            if (kind < 5) {
                String party = parties.get(random.nextInt(parties.size()));
                String q = random.nextBoolean() || party.length() < 8 ? party
                        : party.substring(2, Math.min(party.length(), 2 + 4 + random.nextInt(3)));
                queries.add(new Query("party", q, null, null));
            } else if (kind < 9) {
                String number = numbers.get(random.nextInt(numbers.size()));
                queries.add(new Query("文号", random.nextBoolean() ? number
                        : number.replace('〔', '[').replace('〕', ']'), null, null));
            } else if (kind < 14) {
                String q = TOPICS.get(random.nextInt(TOPICS.size()));
                if (random.nextBoolean()) {
                    q += " " + TOPICS.get(random.nextInt(TOPICS.size()));
                }
                queries.add(new Query("topic", q, null, null));
            } else if (kind < 17) {
                queries.add(new Query("phrase", '"' + PHRASES.get(random.nextInt(PHRASES.size())) + '"', null, null));
            } else {
                long[] ay = agencyYears.get(random.nextInt(agencyYears.size()));
                String q = random.nextBoolean() ? "" : TOPICS.get(random.nextInt(TOPICS.size()));
                queries.add(new Query("facets", q, ay[0], (int) ay[1]));
            }
        }
        return queries;
    }

    private static List<String> sample(DataSource db, String column, int size, long seed) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setseed(" + (seed % 1000) / 1000.0 + ")");
            try (ResultSet r = s.executeQuery("SELECT " + column + " FROM pub_decision WHERE is_current "
                    + "ORDER BY random() LIMIT " + size)) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }
}
