package cn.zfgs.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.calendar.HolidayArrangement.AdjustedDay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayArrangementJsonTest {

    @Test
    void readsAShippedFile() {
        HolidayArrangement arrangement = HolidayArrangementJson.parse(shipped(2024));

        assertThat(arrangement.year()).isEqualTo(2024);
        assertThat(arrangement.papers()).containsExactly("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm");
        assertThat(arrangement.days()).hasSize(36)
                .startsWith(new AdjustedDay(LocalDate.parse("2024-01-01"), "元旦", true))
                .contains(new AdjustedDay(LocalDate.parse("2024-02-04"), "春节", false));
    }

    @Test
    void everyShippedFileSurvivesARoundTrip() {
        for (int year = 2007; year <= 2026; year++) {
            HolidayArrangement original = HolidayArrangementJson.parse(shipped(year));
            String written = HolidayArrangementJson.write(original);

            assertThat(HolidayArrangementJson.parse(written)).as("%d", year).isEqualTo(original);
        }
    }

    @Test
    void writesTheHolidayCnFormat() {
        String written = HolidayArrangementJson.write(HolidayArrangementJson.parse(
                "{\"year\":2027,\"papers\":[\"https://example.org/2027\"],"
                        + "\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}"));

        assertThat(written.replaceAll("\\s", "")).isEqualTo(
                "{\"year\":2027,\"papers\":[\"https://example.org/2027\"],"
                        + "\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}");
    }

    @Test
    void malformedJsonIsReportedInChinese() {
        assertThatThrownBy(() -> HolidayArrangementJson.parse("{\"year\": 2027, \"papers\": ["))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageStartingWith("节假日安排文件不是有效的 JSON（第 1 行第");
        assertThatThrownBy(() -> HolidayArrangementJson.parse("null"))
                .hasMessage("节假日安排文件应是一个 JSON 对象");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        assertThatThrownBy(() -> HolidayArrangementJson.parse("{\"year\": \"二〇二七\", \"papers\": [], \"days\": []}"))
                .hasMessage("节假日安排文件中 year 的值类型不正确");
        assertThatThrownBy(() -> HolidayArrangementJson.parse(
                "{\"year\":2027,\"papers\":[\"https://example.org/2027\"],"
                        + "\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":\"是\"}]}"))
                .hasMessage("节假日安排文件中 days 第 1 项 isOffDay 的值类型不正确");
    }

    @Test
    void missingFieldsAreNamed() {
        assertThatThrownBy(() -> HolidayArrangementJson.parse("{\"year\": 2027, \"days\": []}"))
                .hasMessage("节假日安排文件缺少 papers");
        assertThatThrownBy(() -> HolidayArrangementJson.parse(
                "{\"year\":2027,\"papers\":[\"https://example.org/2027\"],"
                        + "\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\"}]}"))
                .hasMessage("节假日安排文件缺少 2027-01-01 的 isOffDay");
    }

    @Test
    void anImpossibleDateIsReported() {
        assertThatThrownBy(() -> HolidayArrangementJson.parse(
                "{\"year\":2027,\"papers\":[\"https://example.org/2027\"],"
                        + "\"days\":[{\"name\":\"春节\",\"date\":\"2027-02-30\",\"isOffDay\":true}]}"))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessage("“2027-02-30”不是有效日期，应写成 YYYY-MM-DD，例如 2026-01-01");
    }

    @Test
    void theArrangementRulesApplyToFilesToo() {
        assertThatThrownBy(() -> HolidayArrangementJson.parse(
                "{\"year\":2027,\"papers\":[\"https://example.org/2027\"],"
                        + "\"days\":[{\"name\":\"春节\",\"date\":\"2027-02-10\",\"isOffDay\":false}]}"))
                .hasMessage("2027-02-10：调休上班日必须是周六或周日");
    }

    private static String shipped(int year) {
        try (InputStream in = HolidayArrangementJsonTest.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
