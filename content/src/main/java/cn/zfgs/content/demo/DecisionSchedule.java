package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.model.DecisionType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * 决定排期 — which agency decides what, on which working day, under which 文号: the {@code count} decisions are
 * spread evenly over the period in index order, so dates and each prefix's yearly numbers only grow. It keeps one
 * counter per 文号 prefix and year, nothing per decision: a million slots take no more memory than ten.
 */
public final class DecisionSchedule implements Iterator<DecisionSchedule.Slot> {

    /** 排期 — the i-th decision: who makes it, of which type, when, and its 文号. */
    public record Slot(long index, DemoAgency agency, DecisionType type, LocalDate date, String documentNumber) {
    }

    private static final Map<DemoAgency, Integer> AGENCY_WEIGHTS = new EnumMap<>(Map.of(
            DemoAgency.PROVINCE_DRUGS, 22, DemoAgency.CITY_MARKET, 32, DemoAgency.COUNTY_MARKET, 30,
            DemoAgency.PROVINCE_HEALTH, 16));
    private static final Map<DemoAgency, Map<DecisionType, Integer>> TYPE_WEIGHTS = new EnumMap<>(Map.of(
            DemoAgency.PROVINCE_DRUGS, weights(30, 34, 8, 12, 0, 8, 8),
            DemoAgency.CITY_MARKET, weights(28, 46, 10, 10, 0, 0, 6),
            DemoAgency.COUNTY_MARKET, weights(30, 50, 6, 8, 0, 0, 6),
            DemoAgency.PROVINCE_HEALTH, weights(28, 40, 8, 10, 7, 0, 7)));

    private final long seed;
    private final long count;
    private final long firstIndex;
    private final LocalDate from;
    private final long days;
    private final WorkdayCalendar calendar = WorkdayCalendar.official();
    private final Map<String, Integer> numbers;
    private long next;

    /**
     * {@code count} decisions dated from {@code from} to {@code to} (both working days or moved to one), with indexes
     * starting at {@code firstIndex} so that separate schedules (demo, bulk) never produce the same decision.
     */
    public DecisionSchedule(long seed, long count, long firstIndex, LocalDate from, LocalDate to) {
        this(seed, count, firstIndex, from, to, new HashMap<>());
    }

    private DecisionSchedule(long seed, long count, long firstIndex, LocalDate from, LocalDate to,
            Map<String, Integer> numbers) {
        if (count < 0 || to.isBefore(from)) {
            throw new IllegalArgumentException("empty or negative schedule");
        }
        this.seed = seed;
        this.count = count;
        this.firstIndex = firstIndex;
        this.from = from;
        this.days = ChronoUnit.DAYS.between(from, to);
        this.numbers = numbers;
    }

    /**
     * {@code count} more decisions from {@code from} to {@code to}, continuing this schedule's indexes and 文号
     * numbers; a period denser or sparser than this one's. Use it once this schedule is exhausted.
     */
    public DecisionSchedule then(long count, LocalDate from, LocalDate to) {
        return new DecisionSchedule(seed, count, firstIndex + this.count, from, to, numbers);
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public Slot next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long index = firstIndex + next;
        Random random = new Random(DecisionFactory.mix(seed ^ 0x5EEDL, index));
        DemoAgency agency = weighted(random, AGENCY_WEIGHTS);
        DecisionType type = weighted(random, TYPE_WEIGHTS.get(agency));
        LocalDate date = from.plusDays(count == 1 ? 0 : days * next / (count - 1));
        while (!calendar.isWorkday(date)) {
            date = date.minusDays(1);
        }
        next++;
        String prefix = agency.documentPrefix(type);
        int number = numbers.merge(prefix + date.getYear(), 1, Integer::sum);
        return new Slot(index, agency, type, date, agency.documentNumber(type, date.getYear(), number));
    }

    private static Map<DecisionType, Integer> weights(int licensing, int penalty, int coercion, int inspection,
            int levy, int fee, int other) {
        Map<DecisionType, Integer> w = new EnumMap<>(DecisionType.class);
        List<DecisionType> types = List.of(DecisionType.LICENSING, DecisionType.PENALTY, DecisionType.COERCION,
                DecisionType.INSPECTION, DecisionType.LEVY, DecisionType.FEE, DecisionType.OTHER);
        int[] values = {licensing, penalty, coercion, inspection, levy, fee, other};
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                w.put(types.get(i), values[i]);
            }
        }
        return w;
    }

    private static <K> K weighted(Random random, Map<K, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<K, Integer> e : weights.entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }
}
