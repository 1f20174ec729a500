package cn.zfgs.portal.database;

import cn.zfgs.portal.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database roles created by the migrations, proved by connecting as each: the application may append to the
 * full-process record but never change or delete it; the public role reads the published model and nothing else.
 */
@QuarkusTest
class DatabaseRolesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theApplicationRoleMayAppendToTheRecordButNotRewriteIt() throws SQLException {
        try (Connection c = TestDatabase.connectAs("zfgs_app"); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            assertThatCode(() -> s.executeUpdate("INSERT INTO record_entry VALUES (999999999, now(), 'probe', "
                    + "'LOGIN', 'probe', 'x', 'x', 'x')")).doesNotThrowAnyException();
            c.rollback();
            assertDenied(s, "UPDATE record_entry SET actor = 'forger' WHERE seq = 1");
            c.rollback();
            assertDenied(s, "DELETE FROM record_entry WHERE seq = 1");
            c.rollback();
            assertDenied(s, "TRUNCATE record_entry");
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleRunsTheWorkflowTables() throws SQLException {
        try (Connection c = TestDatabase.connectAs("zfgs_app"); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM revision").next()).isTrue();
            assertThat(s.executeQuery("SELECT COUNT(*) FROM pub_decision").next()).isTrue();
        }
    }

    @Test
    void thePublicRoleReadsOnlyThePublishedModel() throws SQLException {
        try (Connection c = TestDatabase.connectAs("zfgs_public"); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String published : new String[] {"pub_decision", "pub_officer", "pub_agency", "pub_tombstone",
                    "publication_log", "pub_annual_report"}) {
                assertThat(s.executeQuery("SELECT COUNT(*) FROM " + published).next()).as(published).isTrue();
            }
            for (String editorial : new String[] {"revision", "content_item", "redaction_span", "review_opinion",
                    "staff_account", "record_entry", "withdrawal", "agency"}) {
                assertDenied(s, "SELECT COUNT(*) FROM " + editorial);
                c.rollback();
            }
            // The holiday arrangements staff entered are public (the annual report counts working days with them);
            // who entered them is not.
            assertThatCode(() -> s.executeQuery("SELECT arrangement_year, arrangement FROM holiday_arrangement"))
                    .doesNotThrowAnyException();
            assertDenied(s, "SELECT entered_by FROM holiday_arrangement");
            c.rollback();
            assertDenied(s, "DELETE FROM pub_decision");
            c.rollback();
            assertDenied(s, "INSERT INTO publication_log VALUES (999999999, 'PUBLISHED', 'DECISION', 1, 1, now())");
            c.rollback();
        }
    }

    private static void assertDenied(Statement s, String sql) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
