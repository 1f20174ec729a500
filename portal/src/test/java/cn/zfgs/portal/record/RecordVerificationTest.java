package cn.zfgs.portal.record;

import cn.zfgs.portal.cli.CommandsProbe;
import cn.zfgs.portal.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record verification command on PostgreSQL: intact on the demo chain, and naming the exact entry when a row
 * is changed or the newest rows are deleted. Each tamper is undone afterwards, as a real audit would never do.
 */
@QuarkusTest
class RecordVerificationTest {

    @Inject
    CommandsProbe commands;

    @Test
    void theDemoChainVerifies() {
        CommandsProbe.Outcome outcome = commands.run("verify-record");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).contains("全过程记录完整").contains("哈希链无断裂");
    }

    @Test
    void aChangedRowIsReportedAtItsSequenceNumber() throws SQLException {
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement()) {
            long target = middleSeq(s);
            String original = single(s, "SELECT subject FROM record_entry WHERE seq = " + target);
            s.executeUpdate("UPDATE record_entry SET subject = 'DECISION:0:r1' WHERE seq = " + target);
            try {
                CommandsProbe.Outcome outcome = commands.run("verify-record");
                assertThat(outcome.exitCode()).isEqualTo(1);
                assertThat(outcome.output()).contains("在第 " + target + " 条记录处断裂").contains("已被改动");
            } finally {
                s.executeUpdate("UPDATE record_entry SET subject = '" + original + "' WHERE seq = " + target);
            }
        }
        assertThat(commands.run("verify-record").exitCode()).isZero();
    }

    @Test
    void aDeletedRowIsReportedAsMissing() throws SQLException {
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement()) {
            long target = middleSeq(s);
            s.executeUpdate("CREATE TEMP TABLE saved_entry AS SELECT * FROM record_entry WHERE seq = " + target);
            s.executeUpdate("DELETE FROM record_entry WHERE seq = " + target);
            try {
                CommandsProbe.Outcome outcome = commands.run("verify-record");
                assertThat(outcome.exitCode()).isEqualTo(1);
                assertThat(outcome.output()).contains("缺少第 " + target + " 条记录");
            } finally {
                s.executeUpdate("INSERT INTO record_entry SELECT * FROM saved_entry");
                s.executeUpdate("DROP TABLE saved_entry");
            }
        }
    }

    private static long middleSeq(Statement s) throws SQLException {
        return Long.parseLong(single(s, "SELECT MAX(seq) / 2 FROM record_entry"));
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
