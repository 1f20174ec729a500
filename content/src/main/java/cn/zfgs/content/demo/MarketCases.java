package cn.zfgs.content.demo;

import cn.zfgs.content.model.DecisionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.zfgs.content.demo.CaseFile.date;
import static cn.zfgs.content.demo.CaseFile.money;
import static cn.zfgs.content.demo.CaseFile.yuan;

/**
 * 市场监管综合执法案件 — advertising, unfair competition, trademarks, product quality, special equipment, pricing
 * and registration cases of the city and county market regulators.
 */
final class MarketCases {

    private static final Set<DemoAgency> CITY = Set.of(DemoAgency.CITY_MARKET);
    private static final Set<DemoAgency> COUNTY = Set.of(DemoAgency.COUNTY_MARKET);
    private static final List<String> EQUIPMENT = List.of("乘客电梯", "自动扶梯", "燃气热水锅炉", "叉车（场（厂）内专用机动车辆）",
            "储气罐（压力容器）");

    private MarketCases() {
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("false-advertising", DecisionType.PENALTY, CITY, MarketCases::falseAdvertising),
                new Scenario("unreviewed-advertising", DecisionType.PENALTY, CITY, MarketCases::unreviewedAdvertising),
                new Scenario("false-promotion", DecisionType.PENALTY, CITY, MarketCases::falsePromotion),
                new Scenario("unsafe-equipment", DecisionType.PENALTY, CITY, MarketCases::unsafeEquipment),
                new Scenario("trademark", DecisionType.PENALTY, CITY, MarketCases::trademark),
                new Scenario("substandard-product", DecisionType.PENALTY, CITY, MarketCases::substandardProduct),
                new Scenario("equipment-seizure", DecisionType.COERCION, CITY, MarketCases::equipmentSeizure),
                new Scenario("late-payment-surcharge", DecisionType.COERCION, CITY, MarketCases::surcharge),
                new Scenario("equipment-registration", DecisionType.LICENSING, CITY,
                        MarketCases::equipmentRegistration),
                new Scenario("product-spot-check", DecisionType.INSPECTION, CITY, MarketCases::spotCheck),
                new Scenario("price-marking", DecisionType.PENALTY, COUNTY, MarketCases::priceMarking),
                new Scenario("unregistered-business", DecisionType.PENALTY, COUNTY, MarketCases::unregistered),
                new Scenario("online-shop-disclosure", DecisionType.PENALTY, COUNTY, MarketCases::onlineShop),
                new Scenario("business-registration", DecisionType.LICENSING, COUNTY, MarketCases::registration));
    }

    private static void falseAdvertising(CaseFile c) {
        c.company(c.pick("健康管理有限公司", "生物科技有限公司", "保健品有限公司"));
        c.introduceParty();
        String product = c.pick("固体饮料", "压片糖果", "代用茶", "蛋白粉");
        String claim = c.pick("降血糖、降血压", "根治失眠、修复神经", "增强免疫力、预防癌症", "三个月降尿酸");
        LocalDate from = c.daysBefore(120, 200);
        c.facts.add("经查，当事人自" + date(from) + "起，通过其微信公众号和线下宣传单发布" + product + "广告，宣称该产品具有“" + claim
                + "”功效。经核实，该产品为普通食品，不具有上述功效，广告内容与实际情况不符，对购买行为有实质性影响，构成虚假广告。");
        c.addBasis("《广告法》第二十八条", "《广告法》第五十五条");
        c.order("责令停止发布广告，在相应范围内消除影响");
        BigDecimal fine;
        if (c.chance(60)) {
            BigDecimal cost = c.amount(2_000, 30_000, 100);
            c.facts.add("当事人为发布上述广告支付的广告费用为" + money(cost) + "。");
            fine = c.multiple(cost, 3, 5);
        } else {
            c.facts.add("当事人自行设计发布上述广告，广告费用无法计算。");
            fine = c.amount(200_000, 400_000, 10_000);
        }
        c.admission();
        c.noticeAndHearing(fine.compareTo(yuan(50_000)) >= 0);
        c.facts.add("当事人的行为违反了《中华人民共和国广告法》第二十八条第二款第（二）项的规定。");
        c.fine(fine);
        c.penaltyResult("《中华人民共和国广告法》第五十五条第一款");
    }

    private static void unreviewedAdvertising(CaseFile c) {
        c.company(c.pick("医院有限公司", "口腔门诊部有限公司", "医疗美容门诊部有限公司", "中医诊所有限公司"));
        c.introduceParty();
        c.facts.add("经查，当事人于" + date(c.daysBefore(90, 150)) + "至" + date(c.daysBefore(40, 80)) + "期间，在" + c.pick(
                "公交车身", "短视频平台账号", "户外LED显示屏", "本地生活服务平台店铺页面") + "发布含有“" + c.pick("无痛种植牙",
                "祖传秘方专治", "一次根治", "术后零恢复期") + "”等内容的医疗广告，发布前未取得《医疗广告审查证明》。");
        c.addBasis("《广告法》第四十六条", "《广告法》第五十八条");
        c.order("责令停止发布广告，在相应范围内消除影响");
        BigDecimal cost = c.amount(3_000, 40_000, 100);
        c.facts.add("上述广告的广告费用为" + money(cost) + "。");
        c.admission();
        BigDecimal fine = c.multiple(cost, 1, 3);
        c.noticeAndHearing(fine.compareTo(yuan(50_000)) >= 0);
        c.facts.add("当事人的行为违反了《中华人民共和国广告法》第四十六条的规定。");
        c.fine(fine);
        c.penaltyResult("《中华人民共和国广告法》第五十八条第一款第（十四）项");
    }

    private static void falsePromotion(CaseFile c) {
        c.company(c.pick("电器有限公司", "电子商务有限公司", "家居有限公司", "教育咨询有限公司"));
        c.introduceParty();
        c.facts.add("经查，当事人在其网店商品详情页和门店宣传海报中宣称“" + c.pick("全国销量第一", "连续五年行业领导品牌",
                "99%用户好评", "国家权威机构认证") + "”，并通过组织员工刷单的方式虚构交易" + c.between(300, 3000)
                + "笔、虚构好评，上述内容均无事实依据，欺骗、误导了消费者。");
        c.addBasis("《反不正当竞争法》第八条", "《反不正当竞争法》第二十条");
        c.admission();
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为违反了《中华人民共和国反不正当竞争法》第八条第一款的规定。");
        c.order("责令停止违法行为");
        c.fine(c.amount(200_000, 400_000, 10_000));
        c.penaltyResult("《中华人民共和国反不正当竞争法》第二十条第一款");
    }

    private static void unsafeEquipment(CaseFile c) {
        c.company(c.pick("物业服务有限公司", "商业管理有限公司", "酒店有限公司", "物流有限公司"));
        c.introduceParty();
        String equipment = c.pick(EQUIPMENT);
        LocalDate expired = c.daysBefore(120, 300);
        c.facts.add(date(c.daysBefore(40, 70)) + "，本局执法人员检查发现，当事人使用的" + equipment + "（使用登记证编号："
                + registrationNumber(c, equipment, expired.getYear() - 4) + "）定期检验有效期已于" + date(expired)
                + "届满，当事人未按规定申报定期检验，仍继续使用。");
        c.admission();
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为违反了《中华人民共和国特种设备安全法》第四十条第三款的规定。");
        c.addBasis("《特种设备安全法》第四十条", "《特种设备安全法》第八十四条");
        c.order("责令停止使用该" + equipment);
        c.fine(c.amount(30_000, 100_000, 5_000));
        c.penaltyResult("《中华人民共和国特种设备安全法》第八十四条第（一）项");
    }

    private static void trademark(CaseFile c) {
        if (c.chance(50)) {
            c.individualBusiness(c.pick("烟酒商行", "鞋服店", "日用品店"));
        } else {
            c.company("商贸有限公司");
        }
        c.introduceParty();
        String mark = c.pick("“茅台”", "“五粮液”", "“耐克”", "“阿迪达斯”");
        int qty = c.between(6, 200);
        BigDecimal turnover = c.amount(3_000, 48_000, 10);
        c.facts.add(date(c.daysBefore(40, 90)) + "，本局执法人员在当事人经营场所查获标有" + mark + "注册商标的商品" + qty
                + "件（瓶）。经商标注册人鉴定，上述商品均为侵犯注册商标专用权的商品。经查，当事人违法经营额为" + money(turnover)
                + "，不能提供合法来源证明。");
        c.admission();
        c.addBasis("《商标法》第五十七条", "《商标法》第六十条");
        c.order("责令立即停止侵权行为");
        c.confiscateGoods("并销毁侵权商品" + qty + "件（瓶）");
        BigDecimal fine = c.amount(20_000, 120_000, 5_000);
        c.noticeAndHearing(fine.compareTo(yuan(50_000)) >= 0);
        c.facts.add("当事人的行为属于《中华人民共和国商标法》第五十七条第（三）项规定的侵犯注册商标专用权的行为。"
                + "违法经营额不足五万元。");
        c.fine(fine);
        c.penaltyResult("《中华人民共和国商标法》第六十条第二款");
    }

    private static void substandardProduct(CaseFile c) {
        c.company(c.pick("电器有限公司", "五金建材有限公司", "服饰有限公司", "商贸有限公司"));
        c.introduceParty();
        String product = c.pick("电动自行车乘员头盔", "电线电缆", "转换器（插座）", "儿童服装");
        int qty = c.between(50, 800);
        BigDecimal value = CaseFile.value(c.price(15, 120), qty);
        BigDecimal income = c.amount(200, 3_000, 10);
        c.facts.add("本局在产品质量监督抽查中抽取当事人销售的" + product + "，经检验〔" + c.pick("耐穿透性能", "导体电阻",
                "插套保持力", "纤维含量") + "〕项不合格，当事人以不合格产品冒充合格产品销售。经查，当事人共购进该批" + product + qty
                + "件，货值金额" + money(value) + "，违法所得" + money(income) + "。");
        c.admission();
        c.addBasis("《产品质量法》第三十九条", "《产品质量法》第五十条");
        c.order("责令停止销售");
        c.confiscateGoods("库存的不合格" + product);
        c.confiscateIncome(income);
        BigDecimal fine = c.multiple(value, 1, 2);
        c.noticeAndHearing(fine.compareTo(yuan(50_000)) >= 0);
        c.facts.add("当事人的行为违反了《中华人民共和国产品质量法》第三十九条的规定。");
        c.fine(fine);
        c.penaltyResult("《中华人民共和国产品质量法》第五十条");
    }

    private static void equipmentSeizure(CaseFile c) {
        c.company(c.pick("物业服务有限公司", "商业管理有限公司", "酒店有限公司"));
        c.introduceParty();
        String equipment = c.pick(EQUIPMENT);
        c.facts.add(date(c.slot.date()) + "，本局执法人员检查发现，当事人使用的" + equipment + "存在" + c.pick("制动器严重磨损",
                "安全保护装置失效", "主要受压元件严重腐蚀") + "的严重事故隐患，经特种设备检验机构现场确认。经本局负责人批准，"
                + "执法人员依法通知当事人到场，告知采取行政强制措施的理由、依据和依法享有的权利、救济途径，并制作现场笔录。");
        c.addBasis("《特种设备安全法》第六十一条", "《行政强制法》第二十四条");
        c.decide("依据《中华人民共和国特种设备安全法》第六十一条第（三）项的规定，本局决定对当事人",
                "使用的该" + equipment + "实施查封，查封期限为三十日。隐患消除并经检验合格后，本局依法解除查封。");
    }

    private static void surcharge(CaseFile c) {
        if (c.chance(50)) {
            c.individualBusiness(c.pick("餐馆", "副食店", "理发店"));
        } else {
            c.company("商贸有限公司");
        }
        c.introduceParty();
        BigDecimal fine = c.amount(5_000, 60_000, 1_000);
        LocalDate decided = c.daysBefore(60, 120);
        LocalDate served = decided.plusDays(c.between(2, 6));
        String penalty = c.slot.agency().documentNumber(DecisionType.PENALTY, decided.getYear(), c.between(1, 400));
        c.facts.add("本局于" + date(decided) + "作出" + penalty + "行政处罚决定，对当事人处以罚款人民币" + money(fine) + "，当事人于" + date(served)
                + "签收，应当自收到决定书之日起十五日内缴纳罚款。当事人逾期未缴纳，也未申请行政复议或者提起行政诉讼。本局于"
                + date(c.daysBefore(12, 20)) + "向当事人送达《履行行政处罚决定催告书》，当事人仍未履行。");
        c.addBasis("《行政处罚法》第七十二条", "《行政强制法》第四十五条");
        c.decide("依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项和《中华人民共和国行政强制法》第四十五条的规定，"
                + "自" + date(served.plusDays(16)) + "起，每日按罚款数额的百分之三对当事人",
                "加处罚款，加处罚款的数额不超过罚款本数" + money(fine) + "。当事人仍不履行的，本局将依法申请人民法院强制执行。");
    }

    private static void equipmentRegistration(CaseFile c) {
        c.company(c.pick("物业服务有限公司", "置业有限公司", "商业管理有限公司", "酒店有限公司"));
        c.introduceParty();
        String equipment = c.pick(EQUIPMENT);
        c.facts.add("当事人于" + date(c.daysBefore(3, 10)) + "申请办理" + equipment + "使用登记，提交了产品合格证、监督检验证明、"
                + "安全管理制度和作业人员资格证书等材料，经审查材料齐全、符合规定。");
        c.addBasis("《特种设备安全法》第三十三条");
        c.decide("准予当事人", "的使用登记申请，核发《特种设备使用登记证》（编号：" + registrationNumber(c, equipment, c.slot.date().getYear())
                + "）。");
    }

    /** 使用登记证编号: equipment class, 11 for the registering authority's level, 赣A for 南昌, number, (year). */
    private static String registrationNumber(CaseFile c, String equipment, int year) {
        String kind = equipment.contains("梯") ? "梯" : equipment.contains("锅炉") ? "锅"
                : equipment.contains("叉车") ? "车" : "容";
        return kind + "11赣A" + String.format("%05d", c.between(1, 99_999))
                + "（" + String.format("%02d", year % 100) + "）";
    }

    private static void spotCheck(CaseFile c) {
        c.company(c.pick("电器有限公司", "五金建材有限公司", "服饰有限公司"));
        c.introduceParty();
        String product = c.pick("电动自行车乘员头盔", "电线电缆", "转换器（插座）", "儿童服装", "学生用品");
        c.facts.add("根据" + c.slot.date().getYear() + "年度产品质量监督抽查计划，本局于" + date(c.daysBefore(20, 40)) + "在当事人处随机抽取"
                + product + "样品，委托具有资质的检验机构依据相关国家标准检验，未向当事人收取检验费用。");
        c.addBasis("《产品质量法》第十五条");
        c.decide("对当事人", c.chance(75) ? "的抽查结论：所检项目符合标准要求。"
                : "的抽查结论：所检项目不合格，已责令当事人停止销售并整改；当事人对检验结果有异议的，可以自收到检验结果之日起十五日内申请复检。");
    }

    private static void priceMarking(CaseFile c) {
        c.individualBusiness(c.pick("水果店", "理发店", "小吃店", "五金店", "汽车修理店"));
        c.introduceParty();
        BigDecimal income = c.amount(0, 600, 10);
        c.facts.add(date(c.daysBefore(45, 80)) + "，本局执法人员接投诉后检查发现，当事人" + c.pick("销售的商品未标明价格",
                "在标价之外加收服务费", "服务项目未按规定公示收费标准") + "。经查，当事人" + (income.signum() > 0 ? "违法所得"
                + money(income) + "。" : "无违法所得。"));
        c.admission();
        c.noticeAndHearing(false);
        c.facts.add("当事人的行为违反了《中华人民共和国价格法》第十三条的规定。");
        c.addBasis("《价格法》第十三条", "《价格法》第四十二条");
        c.order("责令改正");
        c.confiscateIncome(income);
        c.fine(c.amount(500, 3_000, 100));
        c.penaltyResult("《中华人民共和国价格法》第四十二条");
    }

    private static void unregistered(CaseFile c) {
        c.naturalPerson();
        c.introduceParty();
        BigDecimal income = c.amount(300, 5_000, 10);
        c.facts.add("经查，当事人自" + date(c.daysBefore(120, 300)) + "起，未办理市场主体登记，在" + c.person().county().shortName()
                + c.pick(c.person().county().towns()) + "从事" + c.pick("废旧物资回收", "农用机械维修", "建材零售", "家电维修")
                + "经营活动，违法所得" + money(income) + "。本局于" + date(c.daysBefore(60, 80)) + "责令当事人改正，当事人未在规定期限内"
                + "办理登记，属拒不改正。");
        c.admission();
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为违反了《市场主体登记管理条例》第三条第一款的规定。");
        c.addBasis("《市场主体登记管理条例》第三条", "《市场主体登记管理条例》第四十三条");
        c.order("责令改正");
        c.confiscateIncome(income);
        c.fine(c.amount(10_000, 20_000, 1_000));
        c.penaltyResult("《市场主体登记管理条例》第四十三条");
    }

    private static void onlineShop(CaseFile c) {
        if (c.chance(60)) {
            c.individualBusiness(c.pick("网店", "电子商务商行", "农产品经营部"));
        } else {
            c.company("电子商务有限公司");
        }
        c.introduceParty();
        c.facts.add("经查，当事人在" + c.pick("某电子商务平台", "某短视频平台", "某社区团购平台") + "开设网店销售" + c.pick("进贤毛笔",
                "军山湖大闸蟹", "李渡烧酒", "南丰蜜桔") + "等商品，未在网店首页显著位置持续公示营业执照信息。本局于"
                + date(c.daysBefore(60, 80)) + "责令当事人限期改正，当事人逾期未改正。");
        c.admission();
        c.noticeAndHearing(false);
        c.facts.add("当事人的行为违反了《中华人民共和国电子商务法》第十五条第一款的规定。");
        c.addBasis("《电子商务法》第十五条", "《电子商务法》第七十六条");
        c.order("责令限期改正");
        c.fine(c.amount(1_000, 5_000, 500));
        c.penaltyResult("《中华人民共和国电子商务法》第七十六条第一款第（一）项");
    }

    private static void registration(CaseFile c) {
        c.individualBusiness(c.pick("副食店", "餐馆", "农资店", "理发店", "服装店", "家电维修部"));
        c.introduceParty();
        c.facts.add("当事人于" + date(c.slot.date()) + "通过“赣服通”申请个体工商户设立登记，组成形式：个人经营，经营范围："
                + c.pick("食品销售（仅销售预包装食品）、日用百货销售", "餐饮服务", "农药、化肥零售", "理发服务", "服装零售",
                "家用电器修理") + "。经形式审查，申请材料齐全、符合法定形式。");
        c.addBasis("《市场主体登记管理条例》第三条", "《市场主体登记管理条例》第二十一条");
        c.decide("准予当事人", "设立登记，当场核发营业执照（统一社会信用代码：" + c.party().creditCode() + "）。");
    }
}
