package cn.zfgs.portal.opendata;

import cn.zfgs.portal.linkeddata.RdfOut;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 开放数据集 — one downloadable dataset: its name (the file name of every distribution), title and description, its
 * columns (the data dictionary), the SQL that reads it from the published tables, and its RDF description.
 */
public abstract class OpenDataset {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String title;
    private final String description;
    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    protected OpenDataset(String name, String title, String description, List<Column> columns) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            index.put(this.columns.get(i).name(), i);
        }
    }

    /** The machine name: {@code decisions}, used in every file name and URI of the dataset. */
    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Column> columns() {
        return columns;
    }

    int index(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return i;
    }

    /** {@code <table> WHERE …}: the rows of the dataset, without their order. */
    protected abstract String source();

    /** The ORDER BY of a download: stable, so that two snapshots of unchanged data are identical. */
    protected abstract String order();

    /** The SQL expression of the date the dataset's temporal coverage is measured on. */
    public abstract String temporalColumn();

    /** The subject each row describes in RDF. */
    public abstract Node subject(DatasetRow row);

    /** Writes the RDF description of one row about {@code subject}. */
    public abstract void describe(DatasetRow row, Node subject, RdfOut out);

    /** Fills the derived columns (URIs, Chinese labels of codes) from the others. */
    protected abstract void derive(DatasetRow row);

    public String selectAll() {
        return "SELECT " + selectList() + " FROM " + source() + " ORDER BY " + order();
    }

    /** The earliest and latest value of {@link #temporalColumn()}: the dataset's temporal coverage. */
    public String coverage() {
        return "SELECT MIN(" + temporalColumn() + "), MAX(" + temporalColumn() + ") FROM " + source();
    }

    public String countAll() {
        return "SELECT COUNT(*) FROM " + source();
    }

    protected String selectList() {
        return columns.stream().filter(c -> !c.isDerived())
                .map(c -> c.sql().equals(c.name()) ? c.sql() : c.sql() + " AS " + c.name())
                .collect(Collectors.joining(", "));
    }

    /** Reads the current row of {@code rs}, selected by one of this dataset's queries. */
    public DatasetRow read(ResultSet rs) throws SQLException {
        DatasetRow row = new DatasetRow(this);
        int sqlIndex = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.isDerived()) {
                continue;
            }
            sqlIndex++;
            row.set(i, switch (c.type()) {
                case TEXT, IRI -> rs.getString(sqlIndex);
                case INTEGER -> {
                    long v = rs.getLong(sqlIndex);
                    yield rs.wasNull() ? null : v;
                }
                case DECIMAL -> rs.getBigDecimal(sqlIndex);
                case DATE -> rs.getObject(sqlIndex, LocalDate.class);
                case DATETIME -> {
                    OffsetDateTime at = rs.getObject(sqlIndex, OffsetDateTime.class);
                    yield at == null ? null : at.toInstant();
                }
                case BOOLEAN -> {
                    boolean v = rs.getBoolean(sqlIndex);
                    yield rs.wasNull() ? null : v;
                }
                case TEXT_LIST -> {
                    String json = rs.getString(sqlIndex);
                    yield json == null ? List.of() : readList(c, json);
                }
            });
        }
        derive(row);
        return row;
    }

    /**
     * A list column is stored as a JSON array; by default an array of strings. Read with the streaming parser: this
     * runs for every row of a download, and a tree per row showed in the export's profile.
     */
    protected List<String> readList(Column column, String json) {
        List<String> values = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("published JSON column " + column.name() + " is not an array");
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw new IllegalStateException("published JSON column " + column.name() + " ends early");
                }
                if (t.isStructStart()) {
                    parser.skipChildren();
                    values.add("");
                } else {
                    values.add(parser.getText());
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("published JSON column does not parse", e);
        }
        return List.copyOf(values);
    }

    protected static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("published JSON column does not parse", e);
        }
    }
}
