package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.WorkdayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionScheduleTest {

    private static final Pattern NUMBER = Pattern.compile("^(.+)〔(\\d{4})〕0*(\\d+)号$");

    @Test
    void spreadsWorkingDaysInOrderAndNumbersEachPrefixFromOne() {
        LocalDate from = LocalDate.of(2024, 1, 2);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<DecisionSchedule.Slot> slots = new ArrayList<>();
        new DecisionSchedule(7, 400, 100, from, to).forEachRemaining(slots::add);

        assertThat(slots).hasSize(400);
        assertThat(slots.get(0).index()).isEqualTo(100);
        assertThat(slots.get(399).index()).isEqualTo(499);
        assertNumbersCountUp(slots);
        for (int i = 0; i < slots.size(); i++) {
            LocalDate date = slots.get(i).date();
            assertThat(WorkdayCalendar.official().isWorkday(date)).isTrue();
            assertThat(date).isBetween(from.minusDays(7), to);
            if (i > 0) {
                assertThat(date).isAfterOrEqualTo(slots.get(i - 1).date());
            }
        }
    }

    @Test
    void aContinuationKeepsCountingIndexesAndNumbers() {
        DecisionSchedule first = new DecisionSchedule(7, 50, 0, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 10, 30));
        List<DecisionSchedule.Slot> slots = new ArrayList<>();
        first.forEachRemaining(slots::add);
        first.then(20, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13)).forEachRemaining(slots::add);

        assertThat(slots).hasSize(70);
        assertThat(slots.get(50).index()).isEqualTo(50);
        assertThat(slots.get(50).date()).isAfterOrEqualTo(LocalDate.of(2026, 11, 2));
        assertNumbersCountUp(slots);
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        List<DecisionSchedule.Slot> a = new ArrayList<>();
        List<DecisionSchedule.Slot> b = new ArrayList<>();
        new DecisionSchedule(3, 100, 0, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)).forEachRemaining(a::add);
        new DecisionSchedule(3, 100, 0, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)).forEachRemaining(b::add);

        assertThat(a).isEqualTo(b);
    }

    /** Within each 文号 prefix and year the numbers are 1, 2, 3 … in slot order. */
    static void assertNumbersCountUp(List<DecisionSchedule.Slot> slots) {
        Map<String, Integer> last = new HashMap<>();
        for (DecisionSchedule.Slot slot : slots) {
            Matcher m = NUMBER.matcher(slot.documentNumber());
            assertThat(m.matches()).as(slot.documentNumber()).isTrue();
            assertThat(m.group(1)).isEqualTo(slot.agency().documentPrefix(slot.type()));
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(slot.date().getYear());
            int number = Integer.parseInt(m.group(3));
            assertThat(number).isEqualTo(last.getOrDefault(m.group(1) + m.group(2), 0) + 1);
            last.put(m.group(1) + m.group(2), number);
        }
    }
}
