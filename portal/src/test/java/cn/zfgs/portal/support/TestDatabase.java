package cn.zfgs.portal.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Makes sure the test database exists on the PostgreSQL server before the application starts, so that the test
 * command needs nothing but a running server. Each run then starts from a clean schema (flyway clean-at-start).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = System.getProperty("zfgs.test.pg-server", "jdbc:postgresql://127.0.0.1:5432/");
    /** ZFGS_TEST_DB lets two checkouts run their suites side by side on one server. */
    static final String DATABASE = System.getenv().getOrDefault("ZFGS_TEST_DB", "zfgs_test");

    @Override
    public Map<String, String> start() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.executeUpdate("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("测试需要 PostgreSQL：无法连接 " + SERVER + "（请先启动 PostgreSQL，或运行 .ci/run）", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", SERVER + DATABASE);
    }

    /** A connection to the test database as the given role (trust authentication, as on the CI machines). */
    public static Connection connectAs(String role) throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, role, "");
    }

    /** The schema owner, for tests that must do what the application's own role may not (tampering). */
    public static Connection owner() throws SQLException {
        return connectAs("postgres");
    }

    @Override
    public void stop() {
        // The database stays for inspection after a run; the next run cleans it at start.
    }
}
