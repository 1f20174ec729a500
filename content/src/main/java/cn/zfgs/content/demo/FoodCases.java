package cn.zfgs.content.demo;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.zfgs.content.demo.CaseFile.date;
import static cn.zfgs.content.demo.CaseFile.money;

/** 食品安全案件 — cases of the city and county market regulators about food sellers and restaurants. */
final class FoodCases {

    /** 食品 — a product on the shelf, with its package size and price range. */
    private record Food(String name, String spec, String unit, double minPrice, double maxPrice) {
    }

    private static final List<Food> FOODS = List.of(
            new Food("纯牛奶", "250ml×12盒", "箱", 40, 70),
            new Food("火腿肠", "30g×10支", "袋", 8, 15),
            new Food("油炸型方便面", "五连包", "袋", 12, 18),
            new Food("夹心饼干", "400g", "袋", 10, 25),
            new Food("风味发酵乳", "200g×10杯", "提", 35, 55),
            new Food("食用植物调和油", "5L", "桶", 60, 90),
            new Food("橙汁饮料", "1.5L", "瓶", 6, 12),
            new Food("鸡蛋挂面", "1kg", "包", 6, 12),
            new Food("酿造酱油", "500ml", "瓶", 8, 15),
            new Food("速冻水饺", "1kg", "袋", 18, 30),
            new Food("卤味鸭脖", "250g", "袋", 15, 28));

    private static final Set<DemoAgency> MARKET = Set.of(DemoAgency.CITY_MARKET, DemoAgency.COUNTY_MARKET);
    private static final Set<DemoAgency> COUNTY = Set.of(DemoAgency.COUNTY_MARKET);

    private FoodCases() {
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("expired-food", DecisionType.PENALTY, MARKET, FoodCases::expiredFood),
                new Scenario("unlicensed-food", DecisionType.PENALTY, COUNTY, FoodCases::unlicensedFood),
                new Scenario("purchase-records", DecisionType.PENALTY, COUNTY, FoodCases::purchaseRecords),
                new Scenario("food-seizure", DecisionType.COERCION, MARKET, FoodCases::seizure),
                new Scenario("food-inspection", DecisionType.INSPECTION, MARKET, FoodCases::inspection),
                new Scenario("food-licence", DecisionType.LICENSING, MARKET, FoodCases::licence),
                new Scenario("licence-cancellation", DecisionType.OTHER, COUNTY, FoodCases::cancellation),
                new Scenario("licence-revocation", DecisionType.OTHER, Set.of(DemoAgency.CITY_MARKET),
                        FoodCases::revocation));
    }

    private static void seller(CaseFile c) {
        switch (c.between(0, 3)) {
            case 0, 1 -> c.individualBusiness(c.pick("副食店", "便利店", "食杂店", "超市"));
            case 2 -> c.company(c.pick("超市有限公司", "商贸有限公司", "食品有限公司"));
            default -> c.branch("连锁超市有限公司", "店");
        }
    }

    private static void restaurant(CaseFile c) {
        if (c.chance(65)) {
            c.individualBusiness(c.pick("餐馆", "小吃店", "面馆", "饭店", "早餐店"));
        } else {
            c.company(c.pick("餐饮管理有限公司", "餐饮服务有限公司"));
        }
    }

    private static String licenceNumber(CaseFile c, int form) {
        return "JY" + form + c.slot.agency().regionCode() + String.format("%06d", c.between(1, 99_999))
                + c.between(0, 9);
    }

    private static void expiredFood(CaseFile c) {
        seller(c);
        c.introduceParty();
        Food food = c.pick(FOODS);
        int qty = c.between(3, 36);
        BigDecimal unit = c.price(food.minPrice(), food.maxPrice());
        BigDecimal value = CaseFile.value(unit, qty);
        int sold = c.between(0, qty / 3);
        BigDecimal income = CaseFile.value(unit, sold);
        LocalDate checked = c.daysBefore(45, 90);
        c.facts.add(date(checked) + "，本局执法人员在对当事人经营场所进行监督检查时，发现其货架上陈列销售的" + food.name() + "（规格："
                + food.spec() + "，生产日期：" + date(checked.minusDays(c.between(200, 400))) + "）共" + qty + food.unit()
                + "已超过标注的保质期。经查，该批" + food.name() + "共" + (qty + sold) + food.unit() + "，货值金额"
                + money(CaseFile.value(unit, qty + sold)) + (sold == 0 ? "，超过保质期后尚未售出。"
                : "，超过保质期后已售出" + sold + food.unit() + "，违法所得" + money(income) + "。"));
        c.admission();
        c.addBasis("《食品安全法》第三十四条", "《食品安全法》第一百二十四条");
        c.confiscateGoods("超过保质期的" + food.name() + qty + food.unit());
        c.confiscateIncome(income);
        boolean mitigated = c.chance(60);
        if (mitigated) {
            c.facts.add("鉴于当事人当场主动下架并封存涉案食品、未造成危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项"
                    + "的规定，对其减轻处罚。");
            c.addBasis("《行政处罚法》第三十二条");
        }
        BigDecimal fine = mitigated ? c.amount(5_000, 20_000, 1_000) : c.amount(50_000, 80_000, 5_000);
        c.noticeAndHearing(!mitigated);
        c.facts.add("当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。货值金额"
                + money(value.add(income)) + "，不足一万元。");
        c.fine(fine);
        if (!mitigated && c.chance(30)) {
            c.facts.add("当事人一年内第二次因经营超过保质期的食品被查处，情节严重。");
            c.revokeLicence("当事人的《食品经营许可证》");
        }
        c.penaltyResult("《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"
                + (mitigated ? "和《中华人民共和国行政处罚法》第三十二条" : ""));
    }

    private static void unlicensedFood(CaseFile c) {
        if (c.chance(55)) {
            c.naturalPerson();
        } else {
            c.individualBusiness(c.pick("早餐店", "小吃店", "卤菜店"));
        }
        c.introduceParty();
        LocalDate from = c.daysBefore(90, 200);
        BigDecimal income = c.amount(600, 6_000, 50);
        c.facts.add("经查，当事人自" + date(from) + "起，在未取得《食品经营许可证》的情况下，在" + c.person().county().shortName()
                + c.pick(c.person().county().towns()) + "的临街门店内从事" + c.pick("早餐热食类食品制售", "米粉、面条等小吃制售",
                "卤菜制售") + "，至" + date(c.daysBefore(45, 80)) + "被查获时，违法所得" + money(income) + "，现场尚有价值"
                + money(c.amount(100, 900, 10)) + "的原料和食品。");
        c.admission();
        c.facts.add("当事人的行为违反了《中华人民共和国食品安全法》第三十五条第一款的规定。鉴于当事人经营规模小、"
                + "被查处后立即停止经营并已申请办理许可，依据《中华人民共和国行政处罚法》第三十二条的规定，对其减轻处罚。");
        c.noticeAndHearing(true);
        c.addBasis("《食品安全法》第三十五条", "《食品安全法》第一百二十二条", "《行政处罚法》第三十二条");
        c.confiscateIncome(income);
        c.confiscateGoods("违法经营的食品及原料");
        c.fine(c.amount(10_000, 30_000, 2_000));
        c.penaltyResult("《中华人民共和国食品安全法》第一百二十二条第一款和《中华人民共和国行政处罚法》第三十二条");
    }

    private static void purchaseRecords(CaseFile c) {
        if (c.chance(50)) {
            restaurant(c);
        } else {
            seller(c);
        }
        c.introduceParty();
        LocalDate checked = c.daysBefore(90, 130);
        c.facts.add(date(checked) + "，本局执法人员检查发现，当事人采购" + c.pick("鲜肉、冻品", "预包装食品", "食用油、调味品")
                + "时未查验供货者的许可证和食品合格证明文件，未建立食品进货查验记录。本局当场责令其改正。");
        c.addBasis("《食品安全法》第五十三条", "《食品安全法》第一百二十六条");
        c.order("责令改正");
        c.warning();
        if (c.chance(30)) {
            c.facts.add(date(checked.plusDays(c.between(20, 35))) + "复查时，当事人仍未建立进货查验记录，属拒不改正。");
            c.fine(c.amount(5_000, 15_000, 1_000));
        }
        c.admission();
        c.noticeAndHearing(false);
        c.facts.add("当事人的行为违反了《中华人民共和国食品安全法》第五十三条的规定。");
        c.penaltyResult("《中华人民共和国食品安全法》第一百二十六条第一款第（三）项");
    }

    private static void seizure(CaseFile c) {
        if (c.chance(40)) {
            c.naturalPerson();
        } else {
            seller(c);
        }
        c.introduceParty();
        String goods = c.pick("无检疫合格证明的生猪肉", "标签为外文且无中文标签的进口冷冻牛肉", "来源不明的冷冻鸡爪",
                "疑似使用工业明胶加工的皮冻");
        int kilos = c.between(20, 600);
        String where = c.party().kind() == PartyKind.NATURAL_PERSON ? "租用的冷库内" : "经营场所内";
        c.facts.add(date(c.slot.date()) + "，本局执法人员在检查中发现当事人" + where
                + "存放" + goods + "共" + kilos + "千克，当事人不能提供购货凭证和检验检疫证明，有证据证明存在安全隐患。"
                + "经本局负责人批准，执法人员依法通知当事人到场，告知其采取行政强制措施的理由、依据以及依法享有的权利、"
                + "救济途径，并制作现场笔录。");
        c.addBasis("《食品安全法》第一百一十条", "《行政强制法》第二十四条", "《行政强制法》第二十五条");
        c.decide("依据《中华人民共和国食品安全法》第一百一十条第（四）项和《中华人民共和国行政强制法》第二十四条的规定，本局决定对当事人",
                "存放的" + goods + kilos + "千克予以查封，查封期限为三十日（" + date(c.slot.date()) + "至"
                + date(c.slot.date().plusDays(29)) + "）。查封期间，当事人不得擅自启封、转移、销毁。");
    }

    private static void inspection(CaseFile c) {
        if (c.chance(50)) {
            restaurant(c);
        } else {
            seller(c);
        }
        c.introduceParty();
        c.facts.add("根据" + c.slot.date().getYear() + "年度食品经营者“双随机、一公开”抽查计划，本局执法人员于" + date(c.daysBefore(3, 12))
                + "对当事人开展监督检查，检查内容包括经营资质、从业人员健康管理、进货查验记录、食品贮存条件和过期变质食品清理情况。");
        c.addBasis("《食品安全法》第一百零九条", "《食品安全法》第一百一十条");
        c.decide("对当事人", switch (c.between(0, 4)) {
            case 0, 1, 2 -> "的检查结果：未发现问题。";
            case 3 -> "的检查结果：发现" + c.pick("从业人员健康证明过期", "冷藏柜温度记录不全", "餐具消毒记录缺失")
                    + "的问题，已责令当事人限期整改，复查合格。";
            default -> "的检查结果：发现涉嫌经营超过保质期的食品，已另行立案调查。";
        });
    }

    private static void licence(CaseFile c) {
        boolean restaurant = c.chance(55);
        if (restaurant) {
            restaurant(c);
        } else {
            seller(c);
        }
        c.introduceParty();
        c.facts.add("当事人于" + date(c.daysBefore(5, 12)) + "申请" + c.pick("新办", "延续", "变更") + "食品经营许可，经营项目："
                + (restaurant ? c.pick("热食类食品制售、冷食类食品制售", "热食类食品制售", "热食类食品制售、自制饮品制售")
                : c.pick("散装食品（含冷藏冷冻食品）销售", "预包装食品（含冷藏冷冻食品）销售、散装食品（不含冷藏冷冻食品）销售",
                "特殊食品销售（保健食品、婴幼儿配方乳粉）"))
                + "。经审查申请材料并现场核查，当事人的经营场所、设施设备、食品安全管理制度符合规定条件。");
        c.addBasis("《食品安全法》第三十五条");
        c.decide("准予当事人", "的许可申请，核发《食品经营许可证》（许可证编号：" + licenceNumber(c, restaurant ? 2 : 1) + "），有效期至"
                + date(c.slot.date().plusYears(5).minusDays(1)) + "。");
    }

    private static void cancellation(CaseFile c) {
        if (c.chance(50)) {
            restaurant(c);
        } else {
            seller(c);
        }
        c.introduceParty();
        c.facts.add(c.pick("当事人因停止经营，于" + date(c.daysBefore(3, 9)) + "申请注销食品经营许可。",
                "当事人的《食品经营许可证》有效期届满未申请延续。", "当事人已办理注销登记，依法终止。"));
        c.addBasis("《行政许可法》第七十条");
        c.decide("注销当事人", "的《食品经营许可证》（许可证编号：" + licenceNumber(c, c.between(1, 2)) + "）。");
    }

    private static void revocation(CaseFile c) {
        restaurant(c);
        c.introduceParty();
        c.facts.add("经查，当事人在申请食品经营许可时提交的经营场所租赁合同系伪造，实际经营场所与申请材料不符，"
                + "以欺骗手段取得《食品经营许可证》。本局于" + date(c.daysBefore(15, 30)) + "告知当事人拟撤销许可的事实、理由和依据，"
                + "当事人未提出陈述、申辩。");
        c.addBasis("《行政许可法》第六十九条", "《行政许可法》第七十九条");
        c.decide("撤销当事人", "的《食品经营许可证》（许可证编号：" + licenceNumber(c, 2) + "），当事人在三年内不得再次申请食品经营许可。");
    }
}
