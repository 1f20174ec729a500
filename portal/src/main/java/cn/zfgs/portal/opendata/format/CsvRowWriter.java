package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.OpenDataset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF, fields quoted when needed, quotes doubled), in UTF-8 with a byte-order mark
 * so that Excel opens Chinese text correctly. A header row names the columns as the data dictionary does.
 */
final class CsvRowWriter implements RowWriter {

    /** Separates the values of a list column inside one field. */
    static final String LIST_SEPARATOR = "；";

    private final Utf8Appender writer;
    private final CSVPrinter printer;
    private final Object[] fields;

    CsvRowWriter(OutputStream out, OpenDataset dataset) throws IOException {
        this.writer = new Utf8Appender(out);
        writer.append('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<Column> columns = dataset.columns();
        this.fields = new Object[columns.size()];
        printer.printRecord(columns.stream().map(Column::name).toArray());
    }

    @Override
    public void write(DatasetRow row) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = text(row.value(i));
        }
        printer.printRecord(fields);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        } else if (value instanceof Instant at) {
            return RdfOut.timestamp(at);
        } else if (value instanceof List<?> list) {
            return String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        writer.flush();
    }
}
