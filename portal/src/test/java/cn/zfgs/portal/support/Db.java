package cn.zfgs.portal.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One-value SQL lookups for tests that need ids and facts of the demo content. */
public final class Db {

    private Db() {
    }

    /** The first column of the first row, as text; null when there is no row. */
    public static String one(DataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long number(DataSource dataSource, String sql, Object... params) {
        return Long.parseLong(one(dataSource, sql, params));
    }
}
