package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row as a JSON object: the column names as keys, numbers as numbers, lists as arrays, absent values as null. */
public final class RowJson {

    private RowJson() {
    }

    public static void write(JsonGenerator json, DatasetRow row) throws IOException {
        json.writeStartObject();
        writeFields(json, row);
        json.writeEndObject();
    }

    /** The fields only, for a caller that adds its own (an entity's versions). */
    public static void writeFields(JsonGenerator json, DatasetRow row) throws IOException {
        List<Column> columns = row.columns();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i).name());
            Object value = row.value(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Long n) {
                json.writeNumber(n);
            } else if (value instanceof BigDecimal amount) {
                json.writeNumber(amount);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof Instant at) {
                json.writeString(RdfOut.timestamp(at));
            } else if (value instanceof LocalDate date) {
                json.writeString(date.toString());
            } else if (value instanceof List<?> list) {
                json.writeStartArray();
                for (Object element : list) {
                    json.writeString(String.valueOf(element));
                }
                json.writeEndArray();
            } else {
                json.writeString(value.toString());
            }
        }
    }
}
