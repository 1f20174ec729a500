package cn.zfgs.content.demo;

import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * 演示执法人员名册 — nine officers per agency. The staff accounts of each agency are among them (the legal
 * reviewer account as a 法制审核人员), one more officer per agency is a legal reviewer, and a few officers later
 * leave (退休, 调离: certificate revoked) or are suspended — changes published as corrections of the roster entry.
 *
 * <p>Certificate numbers (执法证号) have 13 digits: the agency's 6-digit 行政区划代码, a 2-digit enforcement category
 * (01 药品监管, 02 医疗器械监管, 03 市场监管综合执法, 04 食品安全监管, 05 特种设备安全监察, 06 卫生健康监督,
 * 07 职业卫生监督) and a 5-digit serial number counted per region, e.g. {@code 3601240300012}.
 */
public final class DemoOfficers {

    /** 执法人员 — the first published roster entry, and the later change of status, if any. */
    public record Officer(DemoAgency agency, OfficerContent content, StatusChange change) {
    }

    /** 执法证状态变更 — published on {@code on} as a correction with {@code note} as its 更正说明. */
    public record StatusChange(LocalDate on, OfficerStatus status, String note) {
    }

    private static final int PER_AGENCY = 9;
    private static final Map<String, String> CATEGORY_CODES = Map.of("药品监管", "01", "医疗器械监管", "02",
            "市场监管综合执法", "03", "食品安全监管", "04", "特种设备安全监察", "05", "卫生健康监督", "06", "职业卫生监督", "07");

    private DemoOfficers() {
    }

    public static List<Officer> all(long seed) {
        Random random = new Random(DecisionFactory.mix(seed, 0x0FF1CE));
        Set<String> names = new HashSet<>();
        DemoAccounts.ALL.forEach(a -> names.add(a.displayName()));
        Map<String, Integer> serials = new HashMap<>();
        List<Officer> officers = new ArrayList<>();
        for (DemoAgency agency : DemoAgency.values()) {
            List<String> categories = categories(agency);
            List<StaffRole> roles = List.of(StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.LEGAL_REVIEWER,
                    StaffRole.APPROVER);
            for (int i = 0; i < PER_AGENCY; i++) {
                String name = i < roles.size() ? DemoAccounts.holder(agency, roles.get(i)).displayName()
                        : newName(random, names);
                boolean legalReviewer = i == 2 || i == PER_AGENCY - 1;
                String category = legalReviewer || i == 0 ? categories.get(0) : DemoNames.pick(random, categories);
                int serial = serials.merge(agency.regionCode(), 1, Integer::sum);
                String certificate = agency.regionCode() + CATEGORY_CODES.get(category) + String.format("%05d", serial);
                LocalDate from = LocalDate.of(2022, 1, 10).plusDays(random.nextInt(680));
                OfficerContent content = new OfficerContent(name, certificate, category, agency.regionCode(),
                        agency.regionName(), OfficerStatus.VALID, from, from.plusYears(5).minusDays(1), legalReviewer);
                officers.add(new Officer(agency, content, change(random, agency, i)));
            }
        }
        return List.copyOf(officers);
    }

    /**
     * Staff account holders (the first four) and the second legal reviewer keep their certificates; of the rest,
     * one officer per agency leaves and, in every other agency, one is suspended.
     */
    private static StatusChange change(Random random, DemoAgency agency, int index) {
        LocalDate on = LocalDate.of(2025, 3, 3).plusDays(random.nextInt(560));
        if (index == 5) {
            return new StatusChange(on, OfficerStatus.REVOKED, random.nextBoolean()
                    ? "该执法人员已于" + on.getYear() + "年" + on.getMonthValue() + "月退休，执法证件依法注销。"
                    : "该执法人员已调离行政执法岗位，执法证件依法注销。");
        }
        if (index == 7 && agency.ordinal() % 2 == 0) {
            return new StatusChange(on, OfficerStatus.SUSPENDED, "该执法人员未参加" + (on.getYear() - 1)
                    + "年度行政执法人员公共法律知识培训考试，暂停执法资格，待补考合格后恢复。");
        }
        return null;
    }

    private static List<String> categories(DemoAgency agency) {
        return switch (agency) {
            case PROVINCE_DRUGS -> List.of("药品监管", "医疗器械监管");
            case CITY_MARKET -> List.of("市场监管综合执法", "食品安全监管", "特种设备安全监察");
            case COUNTY_MARKET -> List.of("市场监管综合执法", "食品安全监管", "药品监管");
            case PROVINCE_HEALTH -> List.of("卫生健康监督", "职业卫生监督");
        };
    }

    private static String newName(Random random, Set<String> taken) {
        while (true) {
            boolean male = random.nextInt(10) < 6;
            String name = DemoNames.pick(random, DemoNames.SURNAMES)
                    + DemoNames.pick(random, male ? DemoNames.MALE_GIVEN : DemoNames.FEMALE_GIVEN);
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
