package cn.zfgs.portal.admin;

import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.portal.support.Fixtures;
import cn.zfgs.portal.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * 批量导入 over HTTP: a 10,000-row file with 1% bad rows gives an exact report and imports the rest, and importing it
 * again changes nothing; XLSX and CSV of the same rows are the same import; files that are not spreadsheets, too big,
 * or zip bombs are refused in Chinese with nothing imported.
 */
@QuarkusTest
class ImportTest {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final String COMPANY = "91360100MA35XK2Q4" + CreditCode.checkCharacter("91360100MA35XK2Q4");
    private static final List<String> HEADER = List.of("文号", "决定类别", "当事人", "当事人类别", "统一社会信用代码", "违法事实",
            "法律依据", "决定内容", "罚款金额（元）", "没收金额（元）", "决定日期", "是否举行听证", "是否吊销许可证件", "更正说明");
    private static final Pattern REPORT_ROW = Pattern.compile("<tr><td>(\\d+)</td><td>([^<]+)</td><td>([^<]+)</td></tr>");

    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    /** A row of the decision template; the bad ones (every hundredth) each break exactly one rule. */
    private static List<String> decision(int i, boolean bad) {
        String number = "测市监罚〔2025〕" + i + "号";
        String type = "行政处罚";
        String fine = String.valueOf(1000 + i % 50 * 100);
        String date = "2025-0" + (1 + i % 9) + "-1" + (i % 10);
        String basis = "《药品管理法》第九十八条";
        String expectedColumn = null;
        if (bad) {
            switch (i / 100 % 4) {
                case 0 -> date = "2025-13-45";
                case 1 -> fine = "五千元";
                case 2 -> type = "行政罚款";
                default -> basis = "《没有这部法》第一条";
            }
        }
        boolean person = i % 10 == 3;
        return List.of(number, type, person ? "王小明" : "江西测试医药有限公司" + i, person ? "自然人" : "法人",
                person ? "" : COMPANY, person ? "经查，当事人王小明（身份证号码 36010219800101001X，电话 13812345678）在经营场所销售超过有效期的药品。"
                        : "经查，当事人在经营场所销售超过有效期的药品，货值金额较小。",
                basis, "罚款" + fine + "元。", fine, "", date, "否", "否", "");
    }

    private static String badColumn(int i) {
        return switch (i / 100 % 4) {
            case 0 -> "决定日期";
            case 1 -> "罚款金额（元）";
            case 2 -> "决定类别";
            default -> "法律依据";
        };
    }

    private static byte[] csv(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\uFEFF');
            csv.printRecord(HEADER);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        }
        return bytes.toByteArray();
    }

    /** As Excel users fill it: dates as date cells, amounts as numbers, the rest as text. */
    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = book.createSheet("执法决定");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (c == 10 && v.matches("\\d{4}-\\d{2}-\\d{2}") && !v.equals("2025-13-45")) {
                        row.createCell(c).setCellValue(LocalDate.parse(v));
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (c == 8 && v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                        row.getCell(c).setCellStyle(money);
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            book.write(bytes);
            book.dispose();
            return bytes.toByteArray();
        }
    }

    private static StaffSession editor(Fixtures fixtures, Fixtures.Team team) {
        return StaffSession.signIn(fixtures.account(team, "imp", Set.of(StaffRole.EDITOR), PASSWORD), PASSWORD);
    }

    private static Response upload(StaffSession session, Long agencyId, String fileName, byte[] file, String mode,
            String target) {
        return upload(session, "decisions", agencyId, fileName, file, mode, target);
    }

    private static Response upload(StaffSession session, String kind, Long agencyId, String fileName, byte[] file,
            String mode, String target) {
        return session.request().multiPart("_csrf", session.csrf()).multiPart("kind", kind)
                .multiPart("agency", String.valueOf(agencyId)).multiPart("mode", mode).multiPart("target", target)
                .multiPart("file", fileName, file, "application/octet-stream")
                .post("/admin/imports");
    }

    /** Uploads, waits for the job to end, and returns its id. */
    private long run(StaffSession session, Long agencyId, String fileName, byte[] file, String mode, String target)
            throws InterruptedException {
        return run(session, "decisions", agencyId, fileName, file, mode, target);
    }

    private long run(StaffSession session, String kind, Long agencyId, String fileName, byte[] file, String mode,
            String target) throws InterruptedException {
        Response response = upload(session, kind, agencyId, fileName, file, mode, target);
        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(303);
        long id = Long.parseLong(response.header("Location").replaceAll(".*/", ""));
        for (int i = 0; i < 1200 && sql.count("SELECT COUNT(*) FROM import_job WHERE id = ? AND state IN "
                + "('QUEUED', 'RUNNING')", id) > 0; i++) {
            Thread.sleep(250);
        }
        assertThat(sql.text("SELECT state FROM import_job WHERE id = ?", id)).isIn("DONE", "FAILED");
        return id;
    }

    private static Set<String> report(String page) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = REPORT_ROW.matcher(page);
        while (m.find()) {
            found.add(m.group(1) + "|" + m.group(2));
        }
        return found;
    }

    private long decisions(Long agencyId) {
        return sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ? AND kind = 'DECISION'", agencyId);
    }

    @Test
    void tenThousandRowsWithOnePercentBadGiveAnExactReportAndAReImportChangesNothing() throws Exception {
        Fixtures.Team team = fixtures.team();
        String username = fixtures.account(team, "imp", Set.of(StaffRole.EDITOR), PASSWORD);
        StaffSession session = StaffSession.signIn(username, PASSWORD);
        String actor = "staff:" + sql.text("SELECT id FROM staff_account WHERE username = ?", username) + ":%";
        List<List<String>> rows = new ArrayList<>();
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 1; i <= 10_000; i++) {
            boolean bad = i % 100 == 50;
            rows.add(decision(i, bad));
            if (bad) {
                expected.add((i + 1) + "|" + badColumn(i));
            }
        }
        byte[] file = csv(rows);

        long dry = run(session, team.agencyId(), "决定.csv", file, "check", "draft");
        String dryPage = session.request().get("/admin/imports/" + dry).body().asString();
        assertThat(dryPage).contains("校验完成（未写入任何内容）：共 10000 行数据，9900 行可以导入，100 行有错误");
        assertThat(report(dryPage)).containsExactlyElementsOf(expected);
        assertThat(decisions(team.agencyId())).isZero();

        long first = run(session, team.agencyId(), "决定.csv", file, "import", "draft");
        String page = session.request().get("/admin/imports/" + first).body().asString();
        assertThat(page).contains("导入完成：共 10000 行数据，新建 9900 条，更新 0 条，无变化 0 条，100 行有错误未导入");
        assertThat(report(page)).containsExactlyElementsOf(expected);
        assertThat(page).contains("决定日期：格式应为 年-月-日", "罚款金额：应为数字金额", "决定类别：“行政罚款”不是可选的值",
                "执法依据“《没有这部法》第一条”");
        assertThat(decisions(team.agencyId())).isEqualTo(9900);
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ? AND natural_key = ?",
                team.agencyId(), "测市监罚〔2025〕50号")).isZero();
        // Imported text gets the same redaction suggestions as typed text: the natural person's ID and phone.
        assertThat(sql.count("SELECT COUNT(*) FROM redaction_span rr JOIN revision r ON r.id = rr.revision_id "
                + "JOIN content_item i ON i.id = r.item_id WHERE i.agency_id = ? AND i.natural_key = ?",
                team.agencyId(), "测市监罚〔2025〕3号")).isGreaterThanOrEqualTo(2);

        long revisions = sql.count("SELECT COUNT(*) FROM revision r JOIN content_item i ON i.id = r.item_id "
                + "WHERE i.agency_id = ?", team.agencyId());
        long payloads = sql.count("SELECT COUNT(DISTINCT r.payload) FROM revision r JOIN content_item i "
                + "ON i.id = r.item_id WHERE i.agency_id = ?", team.agencyId());
        long records = sql.count("SELECT COUNT(*) FROM record_entry WHERE actor LIKE ?", actor);
        long again = run(session, team.agencyId(), "决定.csv", file, "import", "draft");
        assertThat(session.request().get("/admin/imports/" + again).body().asString())
                .contains("新建 0 条，更新 0 条，无变化 9900 条，100 行有错误未导入");
        assertThat(decisions(team.agencyId())).isEqualTo(9900);
        assertThat(sql.count("SELECT COUNT(*) FROM revision r JOIN content_item i ON i.id = r.item_id "
                + "WHERE i.agency_id = ?", team.agencyId())).isEqualTo(revisions);
        assertThat(sql.count("SELECT COUNT(DISTINCT r.payload) FROM revision r JOIN content_item i "
                + "ON i.id = r.item_id WHERE i.agency_id = ?", team.agencyId())).isEqualTo(payloads);
        // Only the import itself is recorded (one entry per import job), no row.
        assertThat(sql.count("SELECT COUNT(*) FROM record_entry WHERE actor LIKE ?", actor)).isEqualTo(records + 1);
    }

    @Test
    void aLongReportShowsItsFirstRowsAndDownloadsWhole() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 2100; i++) {
            rows.add(decision(i, true));
        }
        long job = run(session, team.agencyId(), "全错.csv", csv(rows), "check", "draft");
        String page = session.request().get("/admin/imports/" + job).body().asString();
        assertThat(page).contains("2100 行有错误", "显示前 2,000 行，完整报告可下载",
                "href=\"/admin/imports/" + job + "/report.csv\"");
        assertThat(report(page)).hasSize(2000);

        Response download = session.request().get("/admin/imports/" + job + "/report.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.header("Content-Disposition")).contains("attachment");
        List<String> lines = download.body().asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF行,列,说明");
        assertThat(lines).hasSize(2101);
        assertThat(lines.get(1)).startsWith("2,决定日期,");
        assertThat(lines.get(2100)).startsWith("2101,");

        StaffSession outsider = editor(fixtures, fixtures.team());
        outsider.request().get("/admin/imports/" + job + "/report.csv").then().statusCode(403);
    }

    @Test
    void anXlsxAndItsCsvAreOneImportAndAChangedRowUpdatesTheDraft() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(decision(i, i % 100 == 50));
        }
        long id = run(session, team.agencyId(), "决定.xlsx", xlsx(rows), "import", "submitted");
        String page = session.request().get("/admin/imports/" + id).body().asString();
        assertThat(page).contains("新建 297 条", "3 行有错误未导入");
        assertThat(report(page)).containsExactly("51|决定日期", "151|罚款金额（元）", "251|决定类别");
        assertThat(sql.count("SELECT COUNT(*) FROM revision r JOIN content_item i ON i.id = r.item_id "
                + "WHERE i.agency_id = ? AND r.status = 'SUBMITTED'", team.agencyId())).isEqualTo(297);

        long csv = run(session, team.agencyId(), "决定.csv", csv(rows), "import", "submitted");
        assertThat(session.request().get("/admin/imports/" + csv).body().asString()).contains("新建 0 条，更新 0 条，无变化 297 条");

        // In review, a changed row is refused with the reason; nothing else moves.
        List<List<String>> changed = new ArrayList<>(rows);
        List<String> row = new ArrayList<>(rows.get(0));
        row.set(7, "罚款九千元。");
        changed.set(0, row);
        long refused = run(session, team.agencyId(), "决定.csv", csv(changed), "import", "draft");
        String refusedPage = session.request().get("/admin/imports/" + refused).body().asString();
        assertThat(refusedPage).contains("更新 0 条，无变化 296 条", "<tr><td>2</td><td>文号</td><td>“测市监罚〔2025〕1号”正处于“待审核”状态");
    }

    @Test
    void aWrongFileTypeAnOldExcelFileAndAnEmptyFileAreRefusedAtOnce() {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        upload(session, team.agencyId(), "决定.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "import",
                "draft").then().statusCode(422).body(containsString("文件类型不支持：只接受 CSV 文件（.csv）或 Excel 工作簿（.xlsx）"));
        upload(session, team.agencyId(), "决定.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                "import", "draft").then().statusCode(422).body(containsString("Excel 97-2003 工作簿（.xls）"));
        upload(session, team.agencyId(), "决定.csv", new byte[0], "import", "draft").then().statusCode(422)
                .body(containsString("文件：请选择要上传的 CSV 或 XLSX 文件"));
        assertThat(decisions(team.agencyId())).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedInChinese() {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        byte[] big = new byte[9 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        upload(session, team.agencyId(), "决定.csv", big, "import", "draft").then().statusCode(413)
                .body(containsString("文件：不能超过 8 MB"));
    }

    /** As a browser sends a form: one multipart body with its Content-Length, and (from a browser) Accept HTML. */
    private static HttpResponse<String> formUpload(StaffSession session, Long agencyId, byte[] file, String accept)
            throws IOException, InterruptedException {
        String boundary = "----zfgs" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", session.csrf());
        fields.put("kind", "decisions");
        fields.put("agency", String.valueOf(agencyId));
        fields.put("mode", "import");
        fields.put("target", "draft");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/admin/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", accept)
                .header("Cookie", "zfgs_staff=" + session.cookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileOverTheHttpBodyLimitComesBackToTheImportPageWithTheLimitNamed() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> browser = formUpload(session, team.agencyId(), huge, "text/html,application/xhtml+xml");
        assertThat(browser.statusCode()).as(browser.body()).isEqualTo(303);
        String location = browser.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(location).isEqualTo("/admin/imports?too-large=11");
        session.request().get(location).then().statusCode(200)
                .body(containsString("文件：所选文件约 11 MB，超过导入文件 8 MB 的上限，未上传"))
                .body(containsString("aria-describedby=\"file-error\""));

        HttpResponse<String> client = formUpload(session, team.agencyId(), huge, "*/*");
        assertThat(client.statusCode()).isEqualTo(413);
        assertThat(client.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain"));
        assertThat(client.body()).contains("超过导入文件 8 MB 的上限").doesNotContain("Exception");
        assertThat(decisions(team.agencyId())).isZero();
    }

    @Test
    void aZipBombFailsTheJobWithNothingImported() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        byte[] bomb = bomb(xlsx(List.of(decision(1, false))));
        long id = run(session, team.agencyId(), "决定.xlsx", bomb, "import", "draft");
        assertThat(sql.text("SELECT state FROM import_job WHERE id = ?", id)).isEqualTo("FAILED");
        assertThat(session.request().get("/admin/imports/" + id).body().asString()).contains("疑似“压缩炸弹”");
        assertThat(decisions(team.agencyId())).isZero();
    }

    @Test
    void aWrongHeaderFailsTheWholeFileAndStaffImportOnlyIntoTheirOwnAgencies() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        byte[] file = ("文号,决定类型,当事人\n测市监罚〔2025〕1号,行政处罚,某公司\n").getBytes(StandardCharsets.UTF_8);
        long id = run(session, team.agencyId(), "决定.csv", file, "import", "draft");
        assertThat(session.request().get("/admin/imports/" + id).body().asString())
                .contains("第 1 行表头与“执法决定”导入模板不符：未知的列“决定类型”", "缺少必填列“决定类别”");
        assertThat(decisions(team.agencyId())).isZero();

        Long other = Long.valueOf(sql.text("SELECT agency_id FROM staff_account WHERE id = ?",
                team.outsider().id()));
        upload(session, other, "决定.csv", file, "import", "draft").then().statusCode(422)
                .body(containsString("导入到机关：只能选择本机关或授权的下级机关"));
    }

    @Test
    void theTemplatesAreDownloadableAndImportAsTheyCome() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        session.request().get("/admin/imports").then().statusCode(200)
                .body(containsString("/admin/imports/templates/officers.xlsx"), containsString("事项编码"));
        byte[] xlsx = session.request().get("/admin/imports/templates/decisions.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("文号");
        }
        byte[] csv = session.request().get("/admin/imports/templates/decisions.csv").then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF文号,决定类别");
        long id = run(session, team.agencyId(), "模板.csv", csv, "check", "draft");
        assertThat(session.request().get("/admin/imports/" + id).body().asString()).contains("共 1 行数据，1 行可以导入，0 行有错误");
    }

    @Test
    void officersImportByCertificateNumberAndAChangedRowUpdatesTheDraft() throws Exception {
        Fixtures.Team team = fixtures.team();
        StaffSession session = editor(fixtures, team);
        String header = "执法证号,姓名,执法类别,执法区域代码,执法区域,证件状态,有效期起,有效期止,法制审核人员\n";
        String rows = "36010020249001,李四,药品监管,360100,南昌市,有效,2024-01-01,2028-12-31,否\n"
                + "36010020249002,王五,药品监管,360100,南昌市,吊销,2024-01-01,2028-12-31,否\n"
                + "36010020249003,赵六,食品监管,360100,南昌市,有效,2024-01-01,2028-12-31,是\n";
        long id = run(session, "officers", team.agencyId(), "人员.csv", (header + rows).getBytes(StandardCharsets.UTF_8),
                "import", "draft");
        String page = session.request().get("/admin/imports/" + id).body().asString();
        assertThat(page).contains("新建 2 条", "1 行有错误未导入");
        assertThat(report(page)).containsExactly("3|证件状态");
        long again = run(session, "officers", team.agencyId(), "人员.csv",
                (header + rows.replace("赵六,食品监管", "赵六,卫生监督")).getBytes(StandardCharsets.UTF_8), "import",
                "draft");
        assertThat(session.request().get("/admin/imports/" + again).body().asString())
                .contains("新建 0 条，更新 1 条，无变化 1 条");
        assertThat(sql.count("SELECT COUNT(*) FROM content_item WHERE agency_id = ? AND kind = 'OFFICER'",
                team.agencyId())).isEqualTo(2);
    }

    /** The XLSX with its sheet replaced by 60 MB of blanks, which deflate to a few dozen KB. */
    private static byte[] bomb(byte[] xlsx) throws IOException {
        Path source = Files.createTempFile("bomb-source", ".xlsx");
        Files.write(source, xlsx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        zip.write(blanks);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream entry = in.getInputStream(e)) {
                        entry.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        } finally {
            Files.delete(source);
        }
        return out.toByteArray();
    }
}
