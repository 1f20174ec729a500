package cn.zfgs.admin.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 表格文件 — reads an uploaded CSV or XLSX file as rows of cell text, streaming either way: CSV through Commons CSV,
 * XLSX through Apache POI's SAX (event) reader, whose zip guards refuse entries that inflate too far (zip bombs).
 * Row numbers are those the uploader's spreadsheet shows (the header is row 1); blank rows are skipped.
 */
public final class SheetFiles {

    /** The formats accepted. */
    public enum Format {
        CSV, XLSX
    }

    /** Receives each non-blank row; may throw {@link Stop} to end the reading early. */
    public interface RowHandler {
        void row(int number, List<String> cells);
    }

    /** Thrown by a handler to stop reading (e.g. too many rows); passed through to the caller. */
    public static class Stop extends RuntimeException {
        public Stop(String message) {
            super(message);
        }
    }

    /** The file cannot be read as a whole; the message says why, in Chinese. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** An entry of an XLSX file may inflate to at most this many bytes, and to at most 100 times its packed size. */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetFiles() {
    }

    /** What the file is, by its first bytes (never by its name alone). */
    public static Format detect(Path file, String fileName) throws Unreadable, IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            throw new Unreadable("文件是空的");
        }
        if (startsWith(head, n, ZIP)) {
            return Format.XLSX;
        }
        if (startsWith(head, n, OLE2)) {
            throw new Unreadable("文件类型不支持：这是 Excel 97-2003 工作簿（.xls），请在 Excel 中“另存为” .xlsx 或 CSV（UTF-8）后再上传");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean text = true;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                text = false;
                break;
            }
        }
        if (text && (name.endsWith(".csv") || name.endsWith(".txt"))) {
            return Format.CSV;
        }
        throw new Unreadable("文件类型不支持：只接受 CSV 文件（.csv）或 Excel 工作簿（.xlsx），请使用本页提供的模板");
    }

    public static void read(Path file, Format format, RowHandler handler) throws Unreadable, IOException {
        if (format == Format.CSV) {
            csv(file, handler);
        } else {
            xlsx(file, handler);
        }
    }

    private static void csv(Path file, RowHandler handler) throws IOException, Unreadable {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        try (Reader reader = Files.newBufferedReader(file, charset);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (record.getRecordNumber() == 1 && !cells.isEmpty()) {
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                }
                if (!blank(cells)) {
                    handler.row((int) record.getRecordNumber(), cells);
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new Unreadable("CSV 文件格式有误（例如引号不成对）：" + reason(malformed));
        }
    }

    /** Excel saves CSV in the system code page (GB18030 on Chinese Windows) unless told UTF-8: accept both. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (var channel = Files.newByteChannel(file)) {
            while (true) {
                boolean end = channel.read(in) < 0;
                in.flip();
                var result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                in.compact();
                out.clear();
                if (end) {
                    return !decoder.flush(out).isError();
                }
            }
        }
    }

    private static void xlsx(Path file, RowHandler handler) throws IOException, Unreadable {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("工作簿中没有工作表");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
                        new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop | Unreadable passOn) {
            throw passOn;
        } catch (Exception e) {
            throw new Unreadable(xlsxProblem(e));
        }
    }

    static String xlsxProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("max entry size")
                    || m.contains("inflate ratio")) {
                return "文件解压后过大或压缩比异常（疑似“压缩炸弹”），已拒绝；每个工作表解压后不能超过 "
                        + MAX_ENTRY_BYTES / 1024 / 1024 + " MB";
            }
        }
        return "无法读取 Excel 工作簿：文件已损坏或不是 .xlsx 格式（" + reason(e) + "）";
    }

    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Collects a sheet row's cells by column (cells left empty are absent from the XML) and hands it on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!blank(cells)) {
                handler.row(rowNum + 1, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /**
     * Numbers as typed (5000, not 5,000.00 or 5E3) and dates as 2026-03-02, whatever the cell's display format, so
     * that a spreadsheet and its CSV export read the same.
     */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
