package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.demo.DemoNames.County;
import cn.zfgs.content.demo.DemoParties.Party;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.InspectionResultContent;
import cn.zfgs.content.model.PartyKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * 演示双随机抽查结果 — for every random-inspection item, one task a year (2024–2026) and the result for each of
 * the three market entities drawn in it. Inspected entities are businesses and institutions: the results carry no
 * personal data.
 */
public final class DemoInspections {

    /** 抽查结果 — the agency publishing it and the result. */
    public record Result(DemoAgency agency, InspectionResultContent content) {
    }

    /** 抽查领域 — the problems an inspection of this kind finds, and the violation it may uncover. */
    private record Area(List<String> problems, String violation) {
    }

    private static final int PER_TASK = 3;
    private static final List<Integer> YEARS = List.of(2024, 2025, 2026);
    private static final Map<String, Area> AREAS = Map.of(
            "drug-inspection", new Area(List.of("冷藏药品运输温度记录不全", "首营企业资质审核资料不完整"), "从不具备资质的企业购进药品"),
            "food-inspection", new Area(List.of("从业人员健康证明过期", "冷藏柜温度记录不全", "部分食品未分区存放"), "经营超过保质期的食品"),
            "product-spot-check", new Area(List.of("产品标识标注不规范", "出厂检验记录不全"), "销售抽检不合格产品"),
            "drug-retail-inspection", new Area(List.of("执业药师不在岗未挂牌告知", "部分药品未按要求阴凉储存"), "未凭处方销售处方药"),
            "infection-control-inspection", new Area(List.of("医疗废物交接记录不全", "预检分诊登记不规范"), "未按照规定报告传染病疫情"),
            "occupational-health-inspection", new Area(List.of("职业病危害告知卡设置不全", "个人防护用品发放记录不全"),
                    "未按照规定组织职业健康检查"));

    private DemoInspections() {
    }

    public static List<Result> all(long seed, BiFunction<DemoAgency, String, Long> itemIds) {
        Random random = new Random(DecisionFactory.mix(seed, 0x1A5EC7));
        WorkdayCalendar calendar = WorkdayCalendar.official();
        List<Result> results = new ArrayList<>();
        for (DemoItems.Item item : DemoItems.all()) {
            if (item.content().randomInspection() == null) {
                continue;
            }
            Area area = AREAS.get(item.key());
            for (int year : YEARS) {
                String task = year + "年度" + item.content().name() + "“双随机、一公开”抽查";
                LocalDate start = LocalDate.of(year, 4 + random.nextInt(6), 1 + random.nextInt(28));
                for (int i = 0; i < PER_TASK; i++) {
                    LocalDate on = calendar.addWorkdays(start, 1 + 2 * i);
                    Party entity = entity(random, item);
                    InspectionOutcome outcome = outcome(random, entity.kind() == PartyKind.LEGAL_PERSON
                            && !item.key().startsWith("infection"));
                    String problem = DemoNames.pick(random, area.problems());
                    LocalDate later = calendar.addWorkdays(on, 10 + random.nextInt(10));
                    results.add(new Result(item.agency(), new InspectionResultContent(task,
                            itemIds.apply(item.agency(), item.key()), entity.name(), entity.creditCode(), on, outcome,
                            findings(outcome, problem, area), followUp(outcome, later))));
                }
            }
        }
        return List.copyOf(results);
    }

    private static Party entity(Random random, DemoItems.Item item) {
        County county = DemoNames.pick(random, item.agency().partyCounties());
        String place = county.fullName().substring(3, county.fullName().indexOf('市', 3));
        return switch (item.key()) {
            case "food-inspection" -> random.nextBoolean()
                    ? DemoParties.shop(random, county, DemoNames.pick(random, List.of("副食店", "超市", "餐馆", "小吃店")))
                    : DemoParties.organisation(random, PartyKind.LEGAL_PERSON, place, "餐饮管理有限公司", "91", county);
            case "drug-retail-inspection" -> DemoParties.shop(random, county, "大药房");
            case "drug-inspection" -> DemoParties.organisation(random, PartyKind.LEGAL_PERSON, "江西", "医药有限公司", "91",
                    county);
            case "product-spot-check" -> DemoParties.organisation(random, PartyKind.LEGAL_PERSON, place,
                    DemoNames.pick(random, List.of("电器有限公司", "五金建材有限公司", "服饰有限公司")), "91", county);
            case "infection-control-inspection" -> DemoParties.organisation(random, PartyKind.LEGAL_PERSON, place, "医院",
                    "52", county);
            default -> DemoParties.organisation(random, PartyKind.LEGAL_PERSON, place,
                    DemoNames.pick(random, List.of("陶瓷有限公司", "化工有限公司", "机械制造有限公司")), "91", county);
        };
    }

    /** Mostly compliant; "cannot be reached at the registered address" only for registered companies. */
    private static InspectionOutcome outcome(Random random, boolean mayBeUnreachable) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return InspectionOutcome.COMPLIANT;
        } else if (roll < 85) {
            return InspectionOutcome.RECTIFIED;
        } else if (roll < 95 || !mayBeUnreachable) {
            return InspectionOutcome.VIOLATION;
        }
        return InspectionOutcome.NOT_FOUND;
    }

    private static String findings(InspectionOutcome outcome, String problem, Area area) {
        return switch (outcome) {
            case COMPLIANT -> "未发现问题。";
            case RECTIFIED -> "发现" + problem + "的问题。";
            case VIOLATION -> "发现涉嫌" + area.violation() + "的违法行为。";
            case NOT_FOUND -> "通过登记的住所（经营场所）无法联系。";
        };
    }

    private static String followUp(InspectionOutcome outcome, LocalDate later) {
        String day = CaseFile.date(later);
        return switch (outcome) {
            case COMPLIANT -> "无需后续处置。";
            case RECTIFIED -> "已当场责令限期整改，" + day + "复查整改到位。";
            case VIOLATION -> "已于" + day + "立案调查。";
            case NOT_FOUND -> "已于" + day + "依法列入经营异常名录。";
        };
    }
}
