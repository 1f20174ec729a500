package cn.zfgs.admin.imports;

import cn.zfgs.content.importing.ImportColumn;
import cn.zfgs.content.importing.ImportKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * 导入模板 — the header row and an example row of each import kind, as CSV (UTF-8 with a BOM, so that Excel opens it
 * as UTF-8) and as XLSX (every column formatted as text, so that Excel keeps 执法证号 and codes as typed, plus a
 * second sheet "填写说明" with each column's rule; the import reads only the first sheet).
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static byte[] csv(ImportKind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            csv.printRecord(kind.columns().stream().map(ImportColumn::header).toList());
            csv.printRecord(kind.columns().stream().map(ImportColumn::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(text.getDataFormat());
            Sheet sheet = book.createSheet(kind.label());
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportColumn column = kind.columns().get(i);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 18 * 256);
                header.createCell(i).setCellValue(column.header());
                header.getCell(i).setCellStyle(bold);
                example.createCell(i).setCellValue(column.example());
                example.getCell(i).setCellStyle(text);
            }
            Sheet help = book.createSheet("填写说明");
            Row top = help.createRow(0);
            top.createCell(0).setCellValue("列");
            top.createCell(1).setCellValue("必填");
            top.createCell(2).setCellValue("规则");
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportColumn column = kind.columns().get(i);
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.required() ? "是" : "否");
                row.createCell(2).setCellValue(column.rule());
            }
            help.setColumnWidth(2, 80 * 256);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
