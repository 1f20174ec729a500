package cn.zfgs.portal.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads one number straight from the test database, as its owner: what a public output must agree with. */
public final class OwnerQueries {

    private OwnerQueries() {
    }

    public static long single(String sql) {
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
