package cn.zfgs.content.demo;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.RandomInspection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 演示执法事项清单 — the enforcement item catalogue of the four demo agencies, with real legal bases.
 *
 * <p>Item codes: {@code <类别>-<行政区划代码>-<序号>}, e.g. {@code XK-360000-0001}. The category is the pinyin initials
 * of the decision type (XK 行政许可, CF 行政处罚, QZ 行政强制, JC 行政检查, ZS 行政征收, SF 行政收费, QT 其他); the
 * region is the agency's 6-digit division; the 4-digit number counts the items of that category in that region,
 * so two provincial agencies share one numbering and codes stay unique. Items with {@link RandomInspection}
 * attributes also form the 随机抽查事项清单.
 */
public final class DemoItems {

    /** 演示事项 — a catalogue entry, the agency it belongs to and the key scenarios and guides refer to it by. */
    public record Item(DemoAgency agency, String key, EnforcementItemContent content) {
    }

    /** 事项要素 — a catalogue entry before its code is assigned. */
    private record Spec(String key, DecisionType type, String name, String department, List<String> bases,
            Integer days, String note, RandomInspection inspection) {
    }

    private static final String PENALTY_LIMIT = "自立案之日起九十日内作出行政处罚决定（《行政处罚法》第六十条），"
            + "案情复杂的经负责人批准可以延长";
    private static final String SEIZURE_LIMIT = "查封、扣押期限不超过三十日，情况复杂的经负责人批准可延长三十日"
            + "（《行政强制法》第二十五条）";
    private static final String INSPECTION_LIMIT = "按年度抽查计划实施，抽查结果自形成之日起二十个工作日内公示";
    private static final String DOUBLE_RANDOM = "双随机（随机抽取检查对象、随机选派执法检查人员）";

    private static final List<Item> ALL = build();

    private DemoItems() {
    }

    /** Every item, agencies in declaration order, each agency's items in catalogue order. */
    public static List<Item> all() {
        return ALL;
    }

    public static Item find(DemoAgency agency, String key) {
        return ALL.stream().filter(i -> i.agency() == agency && i.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(agency + " has no item " + key));
    }

    static String typeCode(DecisionType type) {
        return switch (type) {
            case LICENSING -> "XK";
            case PENALTY -> "CF";
            case COERCION -> "QZ";
            case INSPECTION -> "JC";
            case LEVY -> "ZS";
            case FEE -> "SF";
            case OTHER -> "QT";
        };
    }

    private static List<Item> build() {
        Map<String, Integer> counters = new HashMap<>();
        List<Item> items = new ArrayList<>();
        Map<DemoAgency, List<Spec>> catalogue = new EnumMap<>(DemoAgency.class);
        catalogue.put(DemoAgency.PROVINCE_DRUGS, provinceDrugs());
        catalogue.put(DemoAgency.CITY_MARKET, cityMarket());
        catalogue.put(DemoAgency.COUNTY_MARKET, countyMarket());
        catalogue.put(DemoAgency.PROVINCE_HEALTH, provinceHealth());
        catalogue.forEach((agency, specs) -> {
            for (Spec s : specs) {
                String prefix = typeCode(s.type()) + "-" + agency.regionCode();
                int number = counters.merge(prefix, 1, Integer::sum);
                String code = prefix + "-" + String.format("%04d", number);
                items.add(new Item(agency, s.key(), new EnforcementItemContent(code, s.name(), s.type(),
                        s.department(), s.bases(), s.days(), s.note(), s.inspection())));
            }
        });
        return List.copyOf(items);
    }

    private static List<Spec> provinceDrugs() {
        String circulation = "药品流通监管处";
        String enforcement = "执法监督处";
        return List.of(
                new Spec("drug-wholesale-licence", DecisionType.LICENSING, "药品批发企业许可（药品经营许可证核发）",
                        circulation, List.of("《药品管理法》第五十一条", "《药品管理法》第五十二条"), 20,
                        "法定期限二十个工作日（《行政许可法》第四十二条），承诺时限十五个工作日", null),
                new Spec("drug-production-licence", DecisionType.LICENSING, "药品生产许可（药品生产许可证核发）",
                        "药品生产监管处", List.of("《药品管理法》第四十一条", "《药品管理法》第四十二条"), 30,
                        "法定期限三十个工作日，承诺时限二十个工作日", null),
                new Spec("device-registration", DecisionType.LICENSING, "第二类医疗器械产品注册",
                        "医疗器械注册管理处", List.of("《医疗器械监督管理条例》第十三条", "《医疗器械监督管理条例》第十六条"), 20,
                        "技术审评六十个工作日，行政审批二十个工作日", null),
                new Spec("drug-gsp", DecisionType.PENALTY, "对药品经营企业未遵守药品经营质量管理规范的行政处罚",
                        enforcement, List.of("《药品管理法》第五十三条", "《药品管理法》第一百二十六条"), 90, PENALTY_LIMIT,
                        null),
                new Spec("substandard-drug", DecisionType.PENALTY, "对生产、销售劣药的行政处罚", enforcement,
                        List.of("《药品管理法》第九十八条", "《药品管理法》第一百一十七条"), 90, PENALTY_LIMIT, null),
                new Spec("unqualified-supplier", DecisionType.PENALTY,
                        "对未从药品上市许可持有人或者具有药品生产、经营资格的企业购进药品的行政处罚", enforcement,
                        List.of("《药品管理法》第五十五条", "《药品管理法》第一百二十九条"), 90, PENALTY_LIMIT, null),
                new Spec("nonconforming-device", DecisionType.PENALTY,
                        "对经营不符合强制性标准或者经注册的产品技术要求的医疗器械的行政处罚", enforcement,
                        List.of("《医疗器械监督管理条例》第八十六条"), 90, PENALTY_LIMIT, null),
                new Spec("drug-seizure", DecisionType.COERCION, "对有证据证明可能危害人体健康的药品及其有关材料的查封、扣押",
                        enforcement, List.of("《药品管理法》第一百条", "《行政强制法》第二十四条"), 30, SEIZURE_LIMIT, null),
                new Spec("drug-inspection", DecisionType.INSPECTION, "药品批发企业监督检查", circulation,
                        List.of("《药品管理法》第九十九条", "《药品管理法》第一百零三条"), null, INSPECTION_LIMIT,
                        new RandomInspection("江西省药品监督管理局", "全省药品批发企业、药品零售连锁总部",
                                "药品经营质量管理规范执行情况，药品购销记录，冷藏冷冻药品储存运输，特殊管理药品管理",
                                "不低于20%", DOUBLE_RANDOM, "每年一次")),
                new Spec("drug-sampling", DecisionType.INSPECTION, "药品质量抽查检验", "药品生产监管处",
                        List.of("《药品管理法》第一百条", "《药品管理法》第一百零一条"), null,
                        "按年度药品抽检计划实施，不合格结果依法公告", null),
                new Spec("device-registration-fee", DecisionType.FEE, "第二类医疗器械产品注册费收取", "医疗器械注册管理处",
                        List.of("《行政许可法》第五十九条", "《医疗器械监督管理条例》第十六条"), null,
                        "受理注册申请后按公布的收费标准一次性收取，缴入国库", null),
                new Spec("report-reward", DecisionType.OTHER, "药品安全违法行为举报奖励", enforcement,
                        List.of("《药品管理法》第一百零六条"), 30, "举报案件办结后三十个工作日内作出奖励决定", null),
                new Spec("licence-cancellation", DecisionType.OTHER, "药品经营许可证注销", circulation,
                        List.of("《行政许可法》第七十条"), 10, "自受理或者发现应当注销情形之日起十个工作日内办理", null));
    }

    private static List<Spec> cityMarket() {
        String enforcement = "综合行政执法支队";
        return List.of(
                foodLicence("行政审批科"),
                new Spec("device-business-licence", DecisionType.LICENSING, "第三类医疗器械经营许可", "行政审批科",
                        List.of("《医疗器械监督管理条例》第四十二条"), 20, "法定期限二十个工作日，承诺时限十个工作日", null),
                drugRetailLicence("行政审批科"),
                new Spec("equipment-registration", DecisionType.LICENSING, "特种设备使用登记", "特种设备安全监察科",
                        List.of("《特种设备安全法》第三十三条"), 15, "材料齐全的当场办理；需核查的十五个工作日内办结", null),
                new Spec("false-advertising", DecisionType.PENALTY, "对发布虚假广告的行政处罚", enforcement,
                        List.of("《广告法》第二十八条", "《广告法》第五十五条"), 90, PENALTY_LIMIT, null),
                new Spec("unreviewed-advertising", DecisionType.PENALTY, "对未经审查发布医疗、药品、医疗器械广告的行政处罚",
                        enforcement, List.of("《广告法》第四十六条", "《广告法》第五十八条"), 90, PENALTY_LIMIT, null),
                new Spec("false-promotion", DecisionType.PENALTY, "对经营者作虚假或者引人误解的商业宣传的行政处罚",
                        enforcement, List.of("《反不正当竞争法》第八条", "《反不正当竞争法》第二十条"), 90, PENALTY_LIMIT,
                        null),
                expiredFood(enforcement),
                new Spec("unsafe-equipment", DecisionType.PENALTY, "对使用未经定期检验或者检验不合格的特种设备的行政处罚",
                        enforcement, List.of("《特种设备安全法》第四十条", "《特种设备安全法》第八十四条"), 90,
                        PENALTY_LIMIT, null),
                new Spec("trademark", DecisionType.PENALTY, "对销售侵犯注册商标专用权商品的行政处罚", enforcement,
                        List.of("《商标法》第五十七条", "《商标法》第六十条"), 90, PENALTY_LIMIT, null),
                new Spec("substandard-product", DecisionType.PENALTY, "对销售不合格产品、以次充好的行政处罚", enforcement,
                        List.of("《产品质量法》第三十九条", "《产品质量法》第五十条"), 90, PENALTY_LIMIT, null),
                foodSeizure(enforcement),
                new Spec("equipment-seizure", DecisionType.COERCION, "对存在严重事故隐患的特种设备的查封、扣押",
                        "特种设备安全监察科", List.of("《特种设备安全法》第六十一条", "《行政强制法》第二十四条"), 30,
                        SEIZURE_LIMIT, null),
                new Spec("late-payment-surcharge", DecisionType.COERCION, "到期不缴纳罚款的加处罚款", enforcement,
                        List.of("《行政处罚法》第七十二条", "《行政强制法》第四十五条"), null,
                        "罚款缴纳期限届满次日起按日加处罚款数额的百分之三，加处罚款数额不超过罚款数额", null),
                foodInspection("食品经营安全监督管理科", "南昌市市场监督管理局", "市本级登记的食品销售者、餐饮服务提供者",
                        "不低于5%"),
                new Spec("product-spot-check", DecisionType.INSPECTION, "产品质量监督抽查", "质量发展科",
                        List.of("《产品质量法》第十五条"), null, INSPECTION_LIMIT,
                        new RandomInspection("南昌市市场监督管理局", "辖区内重点工业产品生产者、销售者",
                                "产品标准执行情况、出厂检验、标识标注，抽样检验", "不低于3%", DOUBLE_RANDOM, "每年一次")),
                new Spec("report-reward", DecisionType.OTHER, "食品安全违法行为举报奖励", enforcement,
                        List.of("《食品安全法》第一百一十五条"), 30, "举报案件办结后三十个工作日内作出奖励决定", null),
                new Spec("licence-revocation", DecisionType.OTHER, "撤销以欺骗等不正当手段取得的食品经营许可", "行政审批科",
                        List.of("《行政许可法》第六十九条", "《行政许可法》第七十九条"), null,
                        "发现或者经利害关系人请求查实后依法撤销", null));
    }

    private static List<Spec> countyMarket() {
        String enforcement = "综合行政执法大队";
        return List.of(
                foodLicence("行政审批股"),
                drugRetailLicence("行政审批股"),
                new Spec("business-registration", DecisionType.LICENSING, "个体工商户设立登记", "登记注册股",
                        List.of("《市场主体登记管理条例》第三条", "《市场主体登记管理条例》第二十一条"), 3,
                        "材料齐全、符合法定形式的当场登记；不能当场登记的三个工作日内登记（《市场主体登记管理条例》第十九条）",
                        null),
                new Spec("unlicensed-food", DecisionType.PENALTY, "对未取得食品经营许可从事食品经营活动的行政处罚",
                        enforcement, List.of("《食品安全法》第三十五条", "《食品安全法》第一百二十二条"), 90, PENALTY_LIMIT,
                        null),
                expiredFood(enforcement),
                new Spec("purchase-records", DecisionType.PENALTY, "对食品经营者进货时未查验许可证和相关证明文件的行政处罚",
                        enforcement, List.of("《食品安全法》第五十三条", "《食品安全法》第一百二十六条"), 90, PENALTY_LIMIT,
                        null),
                new Spec("price-marking", DecisionType.PENALTY, "对经营者违反明码标价规定的行政处罚", "价格监督检查股",
                        List.of("《价格法》第十三条", "《价格法》第四十二条"), 90, PENALTY_LIMIT, null),
                new Spec("prescription-dispensing", DecisionType.PENALTY,
                        "对药品经营企业未按规定记录购销、未正确说明用法用量或者未按规定调配处方的行政处罚", enforcement,
                        List.of("《药品管理法》第一百三十条"), 90, PENALTY_LIMIT, null),
                new Spec("unlicensed-drug-sales", DecisionType.PENALTY, "对未取得药品经营许可证销售药品的行政处罚",
                        enforcement, List.of("《药品管理法》第五十一条", "《药品管理法》第一百一十五条"), 90,
                        PENALTY_LIMIT, null),
                new Spec("expired-cosmetics", DecisionType.PENALTY, "对经营变质、超过使用期限化妆品的行政处罚", enforcement,
                        List.of("《化妆品监督管理条例》第六十条"), 90, PENALTY_LIMIT, null),
                new Spec("unregistered-business", DecisionType.PENALTY, "对未经设立登记从事经营活动的行政处罚", "登记注册股",
                        List.of("《市场主体登记管理条例》第三条", "《市场主体登记管理条例》第四十三条"), 90, PENALTY_LIMIT,
                        null),
                new Spec("online-shop-disclosure", DecisionType.PENALTY, "对电子商务经营者未在首页公示营业执照信息的行政处罚",
                        enforcement, List.of("《电子商务法》第十五条", "《电子商务法》第七十六条"), 90, PENALTY_LIMIT, null),
                foodSeizure(enforcement),
                foodInspection("食品安全监督管理股", "进贤县市场监督管理局", "全县食品销售者、餐饮服务提供者", "不低于10%"),
                new Spec("drug-retail-inspection", DecisionType.INSPECTION, "药品零售企业监督检查", "药品医疗器械监督管理股",
                        List.of("《药品管理法》第九十九条"), null, INSPECTION_LIMIT,
                        new RandomInspection("进贤县市场监督管理局", "全县药品零售企业、医疗机构药房",
                                "执业药师在岗、处方药销售、药品购进验收和储存、含特殊药品复方制剂销售", "不低于10%",
                                DOUBLE_RANDOM, "每年一次")),
                new Spec("licence-cancellation", DecisionType.OTHER, "食品经营许可证注销", "行政审批股",
                        List.of("《行政许可法》第七十条"), 10, "自受理注销申请之日起十个工作日内办理", null));
    }

    private static List<Spec> provinceHealth() {
        String supervision = "江西省卫生健康综合监督执法局";
        return List.of(
                new Spec("medical-institution-licence", DecisionType.LICENSING, "医疗机构执业登记（三级医院）", "医政医管处",
                        List.of("《医疗机构管理条例》第十五条", "《医疗机构管理条例》第十六条", "《医疗机构管理条例》第十七条"),
                        45, "自受理之日起四十五日内作出决定", null),
                new Spec("physician-registration", DecisionType.LICENSING, "医师执业注册（省直医疗机构集体办理）",
                        "医政医管处", List.of("《医师法》第十三条", "《医师法》第十四条"), 20,
                        "自受理申请之日起二十个工作日内准予注册（《医师法》第十三条）", null),
                new Spec("disinfectant-licence", DecisionType.LICENSING, "消毒产品生产企业卫生许可", "疾病预防控制处",
                        List.of("《传染病防治法》第二十九条"), 20, "法定期限二十个工作日", null),
                new Spec("maternal-health-licence", DecisionType.LICENSING, "母婴保健技术服务执业许可（产前诊断）", "妇幼健康处",
                        List.of("《母婴保健法》第三十二条", "《母婴保健法》第三十三条"), 20, "法定期限二十个工作日", null),
                new Spec("unlicensed-practice", DecisionType.PENALTY, "对未取得医疗机构执业许可证擅自执业的行政处罚",
                        supervision, List.of("《医疗机构管理条例》第二十四条", "《基本医疗卫生与健康促进法》第九十九条"), 90,
                        PENALTY_LIMIT, null),
                new Spec("unlicensed-physician", DecisionType.PENALTY, "对非医师行医的行政处罚", supervision,
                        List.of("《医师法》第十三条", "《医师法》第五十九条"), 90, PENALTY_LIMIT, null),
                new Spec("beyond-registered-scope", DecisionType.PENALTY, "对医疗机构诊疗活动超出登记范围的行政处罚",
                        supervision, List.of("《医疗机构管理条例》第二十七条", "《医疗机构管理条例》第四十七条"), 90,
                        PENALTY_LIMIT, null),
                new Spec("epidemic-reporting", DecisionType.PENALTY, "对医疗机构未按照规定报告传染病疫情的行政处罚",
                        supervision, List.of("《传染病防治法》第三十条", "《传染病防治法》第六十九条"), 90, PENALTY_LIMIT,
                        null),
                new Spec("substandard-disinfectant", DecisionType.PENALTY, "对用于传染病防治的消毒产品不符合国家卫生标准的行政处罚",
                        supervision, List.of("《传染病防治法》第二十九条", "《传染病防治法》第七十三条"), 90, PENALTY_LIMIT,
                        null),
                new Spec("occupational-health-exam", DecisionType.PENALTY, "对用人单位未按照规定组织职业健康检查的行政处罚",
                        supervision, List.of("《职业病防治法》第三十五条", "《职业病防治法》第七十一条"), 90, PENALTY_LIMIT,
                        null),
                new Spec("epidemic-control-measure", DecisionType.COERCION, "封闭被污染的公共饮用水源、封存食品及相关物品的临时控制措施",
                        supervision, List.of("《传染病防治法》第五十五条"), null, "检验或者消毒完毕后及时解除", null),
                new Spec("infection-control-inspection", DecisionType.INSPECTION, "医疗机构传染病防治监督检查", supervision,
                        List.of("《传染病防治法》第五十三条"), null, INSPECTION_LIMIT,
                        new RandomInspection("江西省卫生健康委员会", "省直及三级医疗机构",
                                "传染病疫情报告、预检分诊、医院感染控制、消毒隔离、医疗废物处置", "不低于5%", DOUBLE_RANDOM,
                                "每年一次")),
                new Spec("occupational-health-inspection", DecisionType.INSPECTION, "用人单位职业卫生监督检查", "职业健康处",
                        List.of("《职业病防治法》第六十二条"), null, INSPECTION_LIMIT,
                        new RandomInspection("江西省卫生健康委员会", "存在职业病危害因素的用人单位",
                                "职业病危害项目申报、工作场所职业病危害因素检测评价、劳动者职业健康检查", "不低于5%",
                                DOUBLE_RANDOM, "每年一次")),
                new Spec("epidemic-requisition", DecisionType.LEVY, "传染病暴发、流行时临时征用房屋、交通工具及相关设施、设备",
                        "疾病预防控制处", List.of("《传染病防治法》第四十五条"), null,
                        "疫情控制需要期间；征用结束后及时返还并依法给予补偿", null),
                new Spec("epidemic-commendation", DecisionType.OTHER, "对在传染病防治工作中做出显著成绩和贡献的单位给予表彰奖励",
                        "人事处", List.of("《传染病防治法》第十一条"), null, "按表彰奖励工作方案确定的时间办理", null));
    }

    private static Spec foodLicence(String department) {
        return new Spec("food-licence", DecisionType.LICENSING, "食品经营许可", department,
                List.of("《食品安全法》第三十五条"), 10, "法定期限十个工作日，承诺时限五个工作日", null);
    }

    private static Spec drugRetailLicence(String department) {
        return new Spec("drug-retail-licence", DecisionType.LICENSING, "药品零售企业许可（药品经营许可证核发）", department,
                List.of("《药品管理法》第五十一条", "《药品管理法》第五十二条"), 15,
                "法定期限十五个工作日，承诺时限十个工作日", null);
    }

    private static Spec expiredFood(String department) {
        return new Spec("expired-food", DecisionType.PENALTY, "对经营超过保质期的食品的行政处罚", department,
                List.of("《食品安全法》第三十四条", "《食品安全法》第一百二十四条"), 90, PENALTY_LIMIT, null);
    }

    private static Spec foodSeizure(String department) {
        return new Spec("food-seizure", DecisionType.COERCION, "对不符合食品安全标准或者有证据证明存在安全隐患的食品的查封、扣押",
                department, List.of("《食品安全法》第一百一十条", "《行政强制法》第二十四条"), 30, SEIZURE_LIMIT, null);
    }

    private static Spec foodInspection(String department, String subject, String targets, String ratio) {
        return new Spec("food-inspection", DecisionType.INSPECTION, "食品经营监督检查", department,
                List.of("《食品安全法》第一百零九条", "《食品安全法》第一百一十条"), null, INSPECTION_LIMIT,
                new RandomInspection(subject, targets, "经营者资质、从业人员健康管理、进货查验记录、食品贮存条件、"
                        + "过期变质食品清理、餐饮加工过程控制", ratio, DOUBLE_RANDOM, "每年一次"));
    }
}
