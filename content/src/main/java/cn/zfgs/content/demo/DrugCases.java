package cn.zfgs.content.demo;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.zfgs.content.demo.CaseFile.date;
import static cn.zfgs.content.demo.CaseFile.money;
import static cn.zfgs.content.demo.CaseFile.yuan;

/**
 * 药品、医疗器械、化妆品案件 — cases of the provincial drug administration (manufacturers, wholesalers, device
 * makers) and of the market regulators that supervise drug retail (pharmacies, clinics, unlicensed sellers).
 */
final class DrugCases {

    /** 药品 — a product sold in the cases, with its package size and price range. */
    private record Drug(String name, String spec, String unit, double minPrice, double maxPrice,
            boolean prescription) {
    }

    private static final List<Drug> DRUGS = List.of(
            new Drug("阿莫西林胶囊", "0.25g×24粒", "盒", 8, 15, true),
            new Drug("头孢克肟分散片", "0.1g×6片", "盒", 15, 30, true),
            new Drug("布洛芬缓释胶囊", "0.3g×20粒", "盒", 10, 20, false),
            new Drug("硝苯地平控释片", "30mg×7片", "盒", 20, 35, true),
            new Drug("盐酸二甲双胍缓释片", "0.5g×30片", "盒", 10, 25, true),
            new Drug("板蓝根颗粒", "10g×20袋", "包", 10, 18, false),
            new Drug("藿香正气水", "10ml×10支", "盒", 8, 15, false),
            new Drug("感冒灵颗粒", "10g×9袋", "盒", 10, 16, false),
            new Drug("复方丹参滴丸", "27mg×180丸", "瓶", 25, 40, false),
            new Drug("奥美拉唑肠溶胶囊", "20mg×14粒", "盒", 12, 28, true));
    private static final List<String> HERBS = List.of("黄芪", "当归", "党参", "枸杞子", "川芎", "白芍", "茯苓", "陈皮",
            "山药", "黄芩", "金银花", "葛根");
    private static final List<String> HERB_DEFECTS = List.of("含量测定", "水分", "总灰分", "浸出物", "二氧化硫残留量",
            "性状");
    private static final List<String> GSP_FINDINGS = List.of(
            "冷藏药品收货时未索取并查验运输过程的温度记录",
            "计算机系统未对近效期药品进行预警和锁定",
            "质量管理部门负责人长期不在职在岗",
            "阴凉库温湿度自动监测数据缺失连续多日",
            "部分药品未按规定的储存条件分库存放",
            "未按规定对首营企业和首营品种进行审核",
            "药品出库复核记录不完整，无法追溯至购货单位",
            "部分从业人员未按规定进行岗前培训和健康检查");
    /** 医疗器械 — a device, and the test it fails when sampled. */
    private record Device(String name, String failedTest) {
    }

    private static final List<Device> DEVICES = List.of(
            new Device("一次性使用医用口罩", "细菌过滤效率"),
            new Device("医用外科口罩", "合成血液穿透"),
            new Device("一次性使用无菌注射器", "无菌"),
            new Device("血糖试纸（葡萄糖氧化酶法）", "重复性"),
            new Device("医用电子体温计", "最大允许误差"),
            new Device("医用冷敷贴", "微生物指标"),
            new Device("一次性使用输液贴", "微生物指标"));
    private static final List<String> COSMETICS = List.of("保湿面霜", "美白精华液", "防晒乳", "洗发水", "染发膏",
            "祛痘凝胶", "面膜");

    private static final Set<DemoAgency> DRUGS_ONLY = Set.of(DemoAgency.PROVINCE_DRUGS);
    private static final Set<DemoAgency> COUNTY = Set.of(DemoAgency.COUNTY_MARKET);
    private static final Set<DemoAgency> RETAIL = Set.of(DemoAgency.CITY_MARKET, DemoAgency.COUNTY_MARKET);

    private DrugCases() {
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("drug-gsp", DecisionType.PENALTY, DRUGS_ONLY, DrugCases::gsp),
                new Scenario("substandard-drug", DecisionType.PENALTY, DRUGS_ONLY, DrugCases::substandardDrug),
                new Scenario("unqualified-supplier", DecisionType.PENALTY, DRUGS_ONLY, DrugCases::unqualifiedSupplier),
                new Scenario("nonconforming-device", DecisionType.PENALTY, DRUGS_ONLY, DrugCases::nonconformingDevice),
                new Scenario("drug-seizure", DecisionType.COERCION, DRUGS_ONLY, DrugCases::seizure),
                new Scenario("drug-inspection", DecisionType.INSPECTION, DRUGS_ONLY, DrugCases::wholesaleInspection),
                new Scenario("drug-sampling", DecisionType.INSPECTION, DRUGS_ONLY, DrugCases::sampling),
                new Scenario("drug-wholesale-licence", DecisionType.LICENSING, DRUGS_ONLY, DrugCases::wholesaleLicence),
                new Scenario("drug-production-licence", DecisionType.LICENSING, DRUGS_ONLY,
                        DrugCases::productionLicence),
                new Scenario("device-registration", DecisionType.LICENSING, DRUGS_ONLY, DrugCases::deviceRegistration),
                new Scenario("device-registration-fee", DecisionType.FEE, DRUGS_ONLY, DrugCases::registrationFee),
                new Scenario("licence-cancellation", DecisionType.OTHER, DRUGS_ONLY, DrugCases::wholesaleCancellation),
                new Scenario("prescription-dispensing", DecisionType.PENALTY, COUNTY, DrugCases::prescription),
                new Scenario("unlicensed-drug-sales", DecisionType.PENALTY, COUNTY, DrugCases::unlicensedSales),
                new Scenario("expired-cosmetics", DecisionType.PENALTY, COUNTY, DrugCases::expiredCosmetics),
                new Scenario("drug-retail-inspection", DecisionType.INSPECTION, COUNTY, DrugCases::retailInspection),
                new Scenario("drug-retail-licence", DecisionType.LICENSING, RETAIL, DrugCases::retailLicence),
                new Scenario("device-business-licence", DecisionType.LICENSING, Set.of(DemoAgency.CITY_MARKET),
                        DrugCases::deviceBusinessLicence));
    }

    /** The last day of a five-year licence issued on the decision date. */
    private static String fiveYears(CaseFile c) {
        return date(c.slot.date().plusYears(5).minusDays(1));
    }

    private static void wholesaler(CaseFile c) {
        c.company(c.pick("医药有限公司", "药业有限公司", "医药贸易有限公司"));
    }

    private static void pharmacy(CaseFile c) {
        switch (c.between(0, 2)) {
            case 0 -> c.individualBusiness(c.pick("大药房", "药店", "医药商店"));
            case 1 -> c.branch("大药房连锁有限公司", "分店");
            default -> c.company("大药房有限公司");
        }
    }

    private static String batch(CaseFile c, LocalDate made) {
        return String.format("%02d%02d%02d%d", made.getYear() % 100, made.getMonthValue(), made.getDayOfMonth(),
                c.between(1, 9));
    }

    private static void gsp(CaseFile c) {
        wholesaler(c);
        c.introduceParty();
        LocalDate checked = c.daysBefore(100, 140);
        List<String> findings = List.of(c.pick(GSP_FINDINGS.subList(0, 4)), c.pick(GSP_FINDINGS.subList(4, 8)));
        c.facts.add(date(checked) + "，本局检查组对当事人开展药品经营质量管理规范符合性检查，发现当事人存在以下问题："
                + "（一）" + findings.get(0) + "；（二）" + findings.get(1) + "。本局当即责令当事人限期三十日内改正。");
        c.addBasis("《药品管理法》第五十三条", "《药品管理法》第一百二十六条");
        c.warning();
        if (c.chance(35)) {
            c.facts.add(date(checked.plusDays(c.between(35, 45))) + "，本局复查发现，当事人上述问题仍未整改到位，"
                    + "属于逾期不改正。");
            c.admission();
            c.noticeAndHearing(true);
            c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第五十三条第一款的规定。");
            c.fine(c.amount(100_000, 300_000, 10_000));
        } else {
            c.admission();
            c.noticeAndHearing(false);
            c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第五十三条第一款的规定，鉴于当事人已在期限内完成整改，"
                    + "依法给予警告。");
            c.order("责令当事人持续落实整改措施，确保药品经营全过程持续符合法定要求");
        }
        c.penaltyResult("《中华人民共和国药品管理法》第一百二十六条");
    }

    private static void substandardDrug(CaseFile c) {
        wholesaler(c);
        c.introduceParty();
        LocalDate sampled = c.daysBefore(80, 140);
        String report = "（" + sampled.getYear() + "）赣药检字第" + c.between(1000, 9999) + "号";
        c.addBasis("《药品管理法》第九十八条", "《药品管理法》第一百一十七条", "《药品管理法》第一百二十一条");
        if (c.chance(50)) {
            String herb = c.pick(HERBS);
            String defect = c.pick(HERB_DEFECTS);
            int kilos = c.between(20, 300);
            BigDecimal value = CaseFile.value(c.price(40, 260), kilos);
            c.facts.add(date(sampled) + "，本局在监督抽检中抽取当事人销售的中药饮片" + herb + "（批号：" + batch(c,
                    sampled.minusDays(c.between(60, 200))) + "）。经江西省药品检验检测研究院检验（报告书编号：" + report
                    + "），该批次" + herb + "〔" + defect + "〕项不符合规定，检验结论为不符合规定。经查，当事人共购进该批次" + herb
                    + kilos + "千克，货值金额" + money(value) + "；经组织专家论证，该批次饮片尚不影响安全性、有效性。");
            c.admission();
            c.noticeAndHearing(true);
            c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第九十八条第一款的规定。");
            c.warning();
            c.fine(c.amount(100_000, 200_000, 10_000));
            c.order("责令当事人限期改正，对库存的同批次" + herb + "予以召回并依法处置");
        } else {
            Drug drug = c.pick(DRUGS);
            int bought = c.between(200, 3000);
            int sold = c.between(bought / 3, bought);
            BigDecimal unit = c.price(drug.minPrice(), drug.maxPrice());
            BigDecimal value = CaseFile.value(unit, bought);
            BigDecimal income = CaseFile.value(unit.multiply(new BigDecimal("0.12")), sold);
            c.facts.add(date(sampled) + "，本局在监督抽检中抽取当事人销售的" + drug.name() + "（规格：" + drug.spec()
                    + "，批号：" + batch(c, sampled.minusDays(c.between(90, 300))) + "）。经江西省药品检验检测研究院检验（报告书编号："
                    + report + "），该批次药品〔含量测定〕项不符合规定，依据《中华人民共和国药品管理法》第九十八条第三款第（一）项"
                    + "应按劣药论处。经查，当事人共购进该批次药品" + bought + drug.unit() + "，已销售" + sold + drug.unit()
                    + "，货值金额" + money(value) + "，违法所得" + money(income) + "。违法批发的药品货值金额不足十万元，按十万元计算。");
            c.admission();
            c.noticeAndHearing(true);
            c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第九十八条第一款的规定。");
            c.confiscateGoods("库存的该批次" + drug.name() + (bought - sold) + drug.unit());
            c.confiscateIncome(income);
            c.fine(c.multiple(yuan(100_000).max(value), 10, 14));
            if (c.chance(20)) {
                c.facts.add("当事人两年内因销售劣药受到两次行政处罚，情节严重。");
                c.revokeLicence("当事人的《药品经营许可证》");
            }
        }
        c.penaltyResult("《中华人民共和国药品管理法》第一百一十七条");
    }

    private static void unqualifiedSupplier(CaseFile c) {
        if (c.chance(50)) {
            wholesaler(c);
        } else {
            c.company("大药房连锁有限公司");
        }
        c.introduceParty();
        Drug drug = c.pick(DRUGS);
        int qty = c.between(50, 600);
        BigDecimal unit = c.price(drug.minPrice(), drug.maxPrice());
        BigDecimal value = CaseFile.value(unit, qty);
        BigDecimal income = CaseFile.value(unit.multiply(new BigDecimal("0.15")), qty / 2);
        LocalDate from = c.daysBefore(150, 240);
        c.facts.add("经查，当事人于" + date(from) + "至" + date(from.plusDays(c.between(20, 60))) + "期间，从不具有药品经营资质的"
                + c.pick("个人", "医药信息咨询公司", "外省某物流公司业务员") + "处以现金方式购进" + drug.name() + "（规格："
                + drug.spec() + "）" + qty + drug.unit() + "，未索取供货方资质证明和销售凭证，货值金额" + money(value)
                + "，已销售" + qty / 2 + drug.unit() + "，违法所得" + money(income) + "。货值金额不足五万元，按五万元计算。");
        c.admission();
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第五十五条的规定。");
        c.addBasis("《药品管理法》第五十五条", "《药品管理法》第一百二十九条");
        c.order("责令改正");
        c.confiscateGoods("违法购进的" + drug.name() + (qty - qty / 2) + drug.unit());
        c.confiscateIncome(income);
        c.fine(c.multiple(yuan(50_000).max(value), 2, 4));
        c.penaltyResult("《中华人民共和国药品管理法》第一百二十九条");
    }

    private static void nonconformingDevice(CaseFile c) {
        c.company(c.pick("医疗器械有限公司", "医疗科技有限公司", "卫生材料有限公司"));
        c.introduceParty();
        Device sampledDevice = c.pick(DEVICES);
        String device = sampledDevice.name();
        int qty = c.between(300, 8000);
        BigDecimal value = CaseFile.value(c.price(0.3, 3.5), qty);
        LocalDate sampled = c.daysBefore(60, 120);
        c.facts.add(date(sampled) + "，本局对当事人经营的" + device + "进行监督抽检，经江西省医疗器械检测中心检验，"
                + "该批次产品〔" + sampledDevice.failedTest() + "〕项不符合经注册的产品技术要求。"
                + "经查，当事人共购进该批次产品" + qty + "个（件），货值金额" + money(value) + "。");
        c.admission();
        c.addBasis("《医疗器械监督管理条例》第八十六条");
        c.order("责令改正");
        c.confiscateGoods("库存的该批次" + device);
        BigDecimal fine;
        if (value.compareTo(yuan(10_000)) < 0) {
            fine = c.amount(20_000, 50_000, 5_000);
        } else {
            fine = c.multiple(value, 5, 8);
        }
        c.noticeAndHearing(fine.compareTo(yuan(100_000)) >= 0);
        c.facts.add("当事人经营不符合经注册的产品技术要求的医疗器械，违反了《医疗器械监督管理条例》的规定。");
        c.fine(fine);
        c.penaltyResult("《医疗器械监督管理条例》第八十六条第一项");
    }

    private static void seizure(CaseFile c) {
        wholesaler(c);
        c.introduceParty();
        Drug drug = c.pick(DRUGS);
        int qty = c.between(100, 2000);
        LocalDate found = c.slot.date();
        c.facts.add(date(found) + "，本局执法人员在对当事人仓库进行监督检查时，发现储存的" + drug.name() + "（规格：" + drug.spec()
                + "，标示批号：" + batch(c, found.minusDays(c.between(100, 300))) + "）" + qty + drug.unit() + c.pick(
                "外包装标示的生产企业经核实未生产该批号产品", "无随货同行单和购进验收记录，来源不明",
                "包装与正品存在明显差异，涉嫌假药") + "，有证据证明可能危害人体健康。执法人员当场报经本局负责人批准，"
                + "通知当事人到场，告知采取行政强制措施的理由、依据和当事人依法享有的权利、救济途径，听取了当事人的陈述和申辩，"
                + "并制作现场笔录。");
        c.addBasis("《药品管理法》第一百条", "《行政强制法》第二十四条", "《行政强制法》第二十五条");
        c.decide("依据《中华人民共和国药品管理法》第一百条第二款和《中华人民共和国行政强制法》第二十四条的规定，本局决定对当事人",
                "储存的上述" + drug.name() + qty + drug.unit() + "予以扣押，扣押期限为三十日（" + date(found) + "至"
                + date(found.plusDays(29)) + "），需要检验的，检验期间不计入扣押期限。本局将在检验报告书发出之日起十五日内作出行政处理决定。");
    }

    private static void wholesaleInspection(CaseFile c) {
        wholesaler(c);
        c.introduceParty();
        LocalDate checked = c.daysBefore(3, 15);
        c.facts.add("根据" + checked.getYear() + "年度药品批发企业“双随机、一公开”抽查计划，本局执法人员于" + date(checked)
                + "对当事人开展监督检查，检查内容包括药品经营质量管理规范执行情况、药品购销记录、冷藏冷冻药品储存运输和"
                + "含特殊药品复方制剂管理。");
        c.addBasis("《药品管理法》第九十九条", "《药品管理法》第一百零三条");
        if (c.chance(60)) {
            c.facts.add("检查中未发现违法违规问题。");
            c.decide("对当事人", "的检查结论：符合要求。");
        } else {
            String finding = c.pick(GSP_FINDINGS);
            c.facts.add("检查发现当事人" + finding + "。");
            c.decide("对当事人", "的检查结论：基本符合要求，存在“" + finding + "”的问题，已责令当事人于三十日内整改并报送整改报告。");
        }
    }

    private static void sampling(CaseFile c) {
        boolean herb = c.chance(50);
        c.company(herb ? "中药饮片有限公司" : c.pick("药业有限公司", "制药有限公司"));
        c.introduceParty();
        LocalDate sampled = c.daysBefore(30, 60);
        String product = herb ? "中药饮片" + c.pick(HERBS) : c.pick(DRUGS).name();
        c.facts.add("根据江西省" + sampled.getYear() + "年药品质量抽查检验计划，本局于" + date(sampled) + "在当事人处抽取" + product
                + "（批号：" + batch(c, sampled.minusDays(c.between(30, 200))) + "）样品，委托江西省药品检验检测研究院依据现行国家药品标准检验。");
        c.addBasis("《药品管理法》第一百条", "《药品管理法》第一百零一条");
        if (c.chance(80)) {
            c.decide("对当事人", "的抽检结论：该批次" + product + "检验结果符合规定。");
        } else {
            String item = herb ? c.pick(HERB_DEFECTS) : "溶出度";
            c.decide("对当事人", "的抽检结论：该批次" + product + "〔" + item + "〕项不符合规定。本局已依法控制该批次产品，当事人对检验结果有异议的，"
                    + "可以自收到检验结果之日起七日内依法申请复验；违法行为另案查处。");
            c.addBasis("《药品管理法》第一百零二条");
        }
    }

    private static void wholesaleLicence(CaseFile c) {
        wholesaler(c);
        c.introduceParty();
        LocalDate applied = c.daysBefore(20, 35);
        String change = c.pick("开办", "换发", "变更仓库地址");
        c.facts.add("当事人于" + date(applied) + "向本局申请药品批发企业" + change + "，经营范围：" + c.pick(
                "中药饮片、中成药、化学药、生物制品", "中成药、化学药、生物制品（含冷藏冷冻药品）", "中药饮片、中成药、化学药")
                + "。本局于" + date(applied.plusDays(c.between(1, 4))) + "受理，并于" + date(applied.plusDays(c.between(8, 14)))
                + "组织现场检查。");
        c.addBasis("《药品管理法》第五十一条", "《药品管理法》第五十二条");
        if (c.chance(88)) {
            c.facts.add("经审查，当事人具备与所经营药品相适应的质量管理机构、人员、仓储设施和质量管理制度，"
                    + "符合《中华人民共和国药品管理法》第五十二条规定的条件。");
            c.decide("准予当事人", "的行政许可申请，" + (change.equals("开办") ? "核发" : "换发") + "《药品经营许可证》（许可证编号：赣AA"
                    + c.between(1_000_000, 9_999_999) + "），经营方式：批发，有效期至" + fiveYears(c) + "。");
        } else {
            c.facts.add("经审查，当事人的质量管理部门负责人不具备执业药师资格，冷库温湿度自动监测系统未经验证，"
                    + "不符合《中华人民共和国药品管理法》第五十二条规定的条件。");
            c.addBasis("《行政许可法》第三十八条");
            c.decide("对当事人", "的申请不予行政许可。当事人如不服本决定，可以自收到本决定之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。");
        }
    }

    private static void productionLicence(CaseFile c) {
        c.company(c.pick("药业有限公司", "制药有限公司", "中药饮片有限公司"));
        c.introduceParty();
        LocalDate applied = c.daysBefore(30, 45);
        c.facts.add("当事人于" + date(applied) + "申请" + c.pick("核发", "重新发放", "变更生产范围") + "《药品生产许可证》，生产范围："
                + c.pick("片剂、硬胶囊剂、颗粒剂", "中药饮片（含净制、切制、炒制、炙制）", "小容量注射剂、片剂", "合剂、糖浆剂、颗粒剂")
                + "。本局受理后组织药品生产质量管理规范符合性检查，检查结论为符合要求。");
        c.addBasis("《药品管理法》第四十一条", "《药品管理法》第四十二条");
        c.decide("准予当事人", "的行政许可申请，发给《药品生产许可证》（编号：赣" + c.slot.date().getYear()
                + String.format("%04d", c.between(1, 400)) + "），有效期至" + fiveYears(c) + "。");
    }

    private static void deviceRegistration(CaseFile c) {
        c.company(c.pick("医疗器械有限公司", "医疗科技有限公司", "卫生材料有限公司", "生物科技有限公司"));
        c.introduceParty();
        String device = c.pick(DEVICES).name();
        c.facts.add("当事人申请" + device + "第二类医疗器械产品" + c.pick("首次注册", "延续注册", "变更注册")
                + "，提交了产品风险分析资料、产品技术要求、检验报告、临床评价资料和说明书、标签样稿。经技术审评，"
                + "产品安全性、有效性研究资料符合要求。");
        c.addBasis("《医疗器械监督管理条例》第十三条", "《医疗器械监督管理条例》第十四条", "《医疗器械监督管理条例》第十六条");
        c.decide("准予当事人", "的注册申请，核发《中华人民共和国医疗器械注册证》（注册证编号：赣械注准" + c.slot.date().getYear()
                + c.pick("14", "07", "09", "22") + String.format("%04d", c.between(1, 999)) + "），有效期至"
                + fiveYears(c) + "。");
    }

    private static void registrationFee(CaseFile c) {
        c.company(c.pick("医疗器械有限公司", "医疗科技有限公司", "生物科技有限公司"));
        c.introduceParty();
        String kind = c.pick("首次注册", "变更注册", "延续注册");
        BigDecimal fee = switch (kind) {
            case "首次注册" -> yuan(35_600);
            case "变更注册" -> yuan(14_400);
            default -> yuan(8_100);
        };
        c.facts.add("当事人申请" + c.pick(DEVICES).name() + "第二类医疗器械产品" + kind + "，本局于" + date(c.daysBefore(3, 10))
                + "受理。依照省发展改革委、省财政厅公布的医疗器械产品注册收费标准，该事项应缴纳注册费；"
                + "经核，当事人不属于小微企业收费减免范围。");
        c.addBasis("《行政许可法》第五十九条", "《医疗器械监督管理条例》第十六条");
        c.decide("向当事人", "收取第二类医疗器械产品" + kind + "费人民币" + money(fee) + "，通过非税收入缴款渠道缴入国库。");
    }

    private static void wholesaleCancellation(CaseFile c) {
        wholesaler(c);
        c.introduceParty();
        String reason = c.pick("当事人申请停止药品批发经营活动", "当事人的《药品经营许可证》有效期届满未申请延续",
                "当事人已依法办理注销登记");
        c.facts.add(reason + "，本局于" + date(c.daysBefore(3, 12)) + "核实确认。");
        c.addBasis("《行政许可法》第七十条");
        c.decide("注销当事人", "的《药品经营许可证》（许可证编号：赣AA" + c.between(1_000_000, 9_999_999) + "），并予以公告。");
    }

    private static void prescription(CaseFile c) {
        pharmacy(c);
        c.introduceParty();
        LocalDate checked = c.daysBefore(45, 80);
        Drug drug = c.pick(DRUGS.stream().filter(Drug::prescription).toList());
        c.facts.add(date(checked) + "，本局执法人员对当事人经营场所进行检查时发现，" + c.pick(
                "当事人在执业药师不在岗的情况下，未凭处方向顾客销售处方药" + drug.name(),
                "当事人销售处方药未按规定调配处方，处方未经药师审核签字",
                "当事人零售药品未正确说明用法、用量等事项，且未按规定建立药品销售记录") + "。");
        c.admission();
        boolean serious = c.chance(20);
        if (serious) {
            c.facts.add("当事人一年内三次因同类行为被责令改正，拒不改正，情节严重。");
        }
        c.noticeAndHearing(serious);
        c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第一百三十条的规定。");
        c.addBasis("《药品管理法》第一百三十条");
        c.order("责令改正");
        c.warning();
        if (serious) {
            c.revokeLicence("当事人的《药品经营许可证》");
        }
        c.penaltyResult("《中华人民共和国药品管理法》第一百三十条");
    }

    private static void unlicensedSales(CaseFile c) {
        if (c.chance(60)) {
            c.naturalPerson();
        } else {
            c.individualBusiness(c.pick("副食店", "便利店", "日杂店"));
        }
        c.introduceParty();
        List<Drug> drugs = List.of(c.pick(DRUGS), c.pick(DRUGS));
        int qty = c.between(8, 60);
        BigDecimal unit = c.price(8, 25);
        BigDecimal value = CaseFile.value(unit, qty);
        BigDecimal income = CaseFile.value(unit.multiply(new BigDecimal("0.3")), qty / 3);
        c.facts.add(date(c.daysBefore(45, 90)) + "，本局接群众举报后对当事人经营场所进行检查，发现当事人未取得《药品经营许可证》，"
                + "在其经营场所内销售" + drugs.get(0).name() + "、" + drugs.get(1).name() + "等药品共" + qty + "盒（瓶），货值金额"
                + money(value) + "，违法所得" + money(income) + "。");
        c.admission();
        c.facts.add("当事人的行为违反了《中华人民共和国药品管理法》第五十一条第一款的规定。鉴于当事人销售的药品货值金额较小，"
                + "系初次违法，到案后如实陈述违法事实并主动停止销售，依据《中华人民共和国行政处罚法》第三十二条的规定，"
                + "对其减轻处罚。");
        BigDecimal fine = c.amount(10_000, 50_000, 5_000);
        c.noticeAndHearing(true);
        c.addBasis("《药品管理法》第五十一条", "《药品管理法》第一百一十五条", "《行政处罚法》第三十二条");
        c.order("责令关闭");
        c.confiscateGoods("违法销售的药品" + qty + "盒（瓶）");
        c.confiscateIncome(income);
        c.fine(fine);
        c.penaltyResult("《中华人民共和国药品管理法》第一百一十五条和《中华人民共和国行政处罚法》第三十二条");
    }

    private static void expiredCosmetics(CaseFile c) {
        if (c.chance(60)) {
            c.individualBusiness(c.pick("化妆品店", "美妆店", "日化商行"));
        } else {
            c.company("商贸有限公司");
        }
        c.introduceParty();
        String product = c.pick(COSMETICS);
        int qty = c.between(3, 40);
        BigDecimal value = CaseFile.value(c.price(25, 160), qty);
        c.facts.add(date(c.daysBefore(45, 80)) + "，本局执法人员在检查中发现当事人货架上陈列销售的" + product + qty
                + "瓶（支）已超过标注的使用期限，货值金额" + money(value) + "，尚未售出。");
        c.admission();
        c.addBasis("《化妆品监督管理条例》第六十条");
        c.confiscateGoods("超过使用期限的" + product + qty + "瓶（支）");
        if (c.chance(30)) {
            c.facts.add("当事人能够提供供货者资质和进货查验记录，但超期产品系未及时下架，不符合免予处罚的条件。");
        }
        c.noticeAndHearing(false);
        c.facts.add("当事人的行为违反了《化妆品监督管理条例》第六十条第一款第（五）项的规定。");
        c.fine(c.amount(10_000, 20_000, 1_000));
        c.penaltyResult("《化妆品监督管理条例》第六十条");
    }

    private static void retailInspection(CaseFile c) {
        pharmacy(c);
        c.introduceParty();
        c.facts.add("根据" + c.slot.date().getYear() + "年度药品零售企业“双随机、一公开”抽查计划，本局于" + date(c.daysBefore(3, 12))
                + "对当事人进行检查，检查内容包括执业药师在岗、处方药销售、药品购进验收和储存、含特殊药品复方制剂销售。");
        c.addBasis("《药品管理法》第九十九条");
        c.decide("对当事人", c.chance(65) ? "的检查结论：未发现问题。" : "的检查结论：发现" + c.pick("执业药师不在岗未挂牌告知",
                "部分药品未按说明书要求阴凉储存", "含麻黄碱类复方制剂销售登记不全") + "的问题，已责令限期整改，整改情况纳入跟踪检查。");
    }

    private static void retailLicence(CaseFile c) {
        pharmacy(c);
        c.introduceParty();
        LocalDate applied = c.daysBefore(10, 20);
        c.facts.add("当事人于" + date(applied) + "申请" + c.pick("开办药品零售企业", "换发《药品经营许可证》",
                "变更药品经营许可证经营范围") + "，经营范围：" + c.pick("中成药、化学药、生物制品", "中药饮片、中成药、化学药",
                "中成药、化学药") + "。经现场核查，当事人配备执业药师一名，营业场所、设施设备和质量管理制度符合要求。");
        c.addBasis("《药品管理法》第五十一条", "《药品管理法》第五十二条");
        c.decide("准予当事人", "的行政许可申请，核发《药品经营许可证》（许可证编号：赣DA" + c.slot.agency().regionCode().substring(2)
                + String.format("%04d", c.between(1, 3000)) + "），经营方式：零售，有效期至"
                + fiveYears(c) + "。");
    }

    private static void deviceBusinessLicence(CaseFile c) {
        if (c.chance(70)) {
            c.company(c.pick("医疗器械有限公司", "医疗科技有限公司"));
        } else {
            c.organisation(PartyKind.OTHER_ORGANIZATION, "医疗器械有限公司南昌分公司", "91");
        }
        c.introduceParty();
        c.facts.add("当事人申请从事第三类医疗器械经营，经营范围：" + c.pick("Ⅲ类6866医用高分子材料及制品",
                "Ⅲ类：注输、护理和防护器械，无源植入器械", "Ⅲ类：体外诊断试剂") + "。经资料审查和现场核查，当事人具有与经营规模"
                + "和经营范围相适应的质量管理机构、经营场所和贮存条件。");
        c.addBasis("《医疗器械监督管理条例》第四十二条");
        c.decide("准予当事人", "的行政许可申请，核发《医疗器械经营许可证》（许可证编号：赣洪药监械经营许" + c.slot.date().getYear()
                + String.format("%04d", c.between(1, 2000)) + "号），有效期五年。");
    }
}
