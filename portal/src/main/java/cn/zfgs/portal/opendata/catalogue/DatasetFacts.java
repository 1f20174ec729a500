package cn.zfgs.portal.opendata.catalogue;

import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** 数据集现状 — how many records a dataset has now and the period it covers, read from the published tables. */
@ApplicationScoped
public class DatasetFacts {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    DatasetReader reader;

    /** 时间范围 — the first and last date the dataset covers; both null when it is empty. */
    public record Coverage(LocalDate start, LocalDate end) {
    }

    public long count(OpenDataset dataset) {
        return reader.query(dataset.countAll(), List.of(), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    public Coverage coverage(OpenDataset dataset) {
        return reader.query(dataset.coverage(), List.of(), rs -> {
            rs.next();
            return new Coverage(date(rs.getObject(1)), date(rs.getObject(2)));
        });
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Date d) {
            return d.toLocalDate();
        } else if (value instanceof LocalDate d) {
            return d;
        } else if (value instanceof Timestamp t) {
            return t.toInstant().atZone(CHINA).toLocalDate();
        } else if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(CHINA).toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
