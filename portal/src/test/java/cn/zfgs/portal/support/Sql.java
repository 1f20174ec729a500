package cn.zfgs.portal.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the database the way the application's role sees it, for assertions. */
@ApplicationScoped
public class Sql {

    @Inject
    AgroalDataSource dataSource;

    public long count(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** The first column of the first row, or null when there is none. */
    public String text(String sql, Object... parameters) {
        return query(sql, parameters, rs -> rs.next() ? rs.getString(1) : null);
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Object[] parameters, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
