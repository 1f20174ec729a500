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

/** 卫生健康案件 — cases of the provincial health commission: medical practice, epidemics, occupational health. */
final class HealthCases {

    private static final Set<DemoAgency> HEALTH = Set.of(DemoAgency.PROVINCE_HEALTH);
    private static final List<String> DISEASES = List.of("登革热", "手足口病", "诺如病毒感染", "流行性感冒");

    private HealthCases() {
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("unlicensed-practice", DecisionType.PENALTY, HEALTH, HealthCases::unlicensedPractice),
                new Scenario("unlicensed-physician", DecisionType.PENALTY, HEALTH, HealthCases::unlicensedPhysician),
                new Scenario("beyond-registered-scope", DecisionType.PENALTY, HEALTH, HealthCases::beyondScope),
                new Scenario("epidemic-reporting", DecisionType.PENALTY, HEALTH, HealthCases::epidemicReporting),
                new Scenario("substandard-disinfectant", DecisionType.PENALTY, HEALTH, HealthCases::disinfectant),
                new Scenario("occupational-health-exam", DecisionType.PENALTY, HEALTH, HealthCases::occupationalExam),
                new Scenario("medical-institution-licence", DecisionType.LICENSING, HEALTH,
                        HealthCases::institutionLicence),
                new Scenario("physician-registration", DecisionType.LICENSING, HEALTH,
                        HealthCases::physicianRegistration),
                new Scenario("disinfectant-licence", DecisionType.LICENSING, HEALTH, HealthCases::disinfectantLicence),
                new Scenario("maternal-health-licence", DecisionType.LICENSING, HEALTH, HealthCases::maternalLicence),
                new Scenario("epidemic-control-measure", DecisionType.COERCION, HEALTH, HealthCases::controlMeasure),
                new Scenario("infection-control-inspection", DecisionType.INSPECTION, HEALTH,
                        HealthCases::infectionCheck),
                new Scenario("occupational-health-inspection", DecisionType.INSPECTION, HEALTH,
                        HealthCases::occupationalCheck),
                new Scenario("epidemic-requisition", DecisionType.LEVY, HEALTH, HealthCases::requisition),
                new Scenario("epidemic-commendation", DecisionType.OTHER, HEALTH, HealthCases::commendation));
    }

    private static void hospital(CaseFile c) {
        if (c.chance(50)) {
            c.organisation(PartyKind.LEGAL_PERSON, c.pick("医院", "中医医院", "妇产医院", "骨科医院"), "52");
        } else {
            c.company(c.pick("医院有限公司", "眼科医院有限公司", "口腔医院有限公司"));
        }
    }

    private static void employer(CaseFile c) {
        c.company(c.pick("陶瓷有限公司", "化工有限公司", "机械制造有限公司", "家具有限公司", "矿业有限公司"));
    }

    private static void unlicensedPractice(CaseFile c) {
        String service;
        if (c.chance(55)) {
            c.naturalPerson();
            service = c.pick("静脉输液", "拔牙、镶牙", "针刀、埋线");
        } else {
            c.individualBusiness(c.pick("美容店", "养生馆", "美容美体店"));
            service = c.pick("注射玻尿酸、肉毒毒素等医疗美容项目", "激光祛斑等医疗美容项目");
        }
        c.introduceParty();
        BigDecimal income = c.amount(1_500, 30_000, 100);
        c.facts.add("经查，当事人未取得《医疗机构执业许可证》，于" + date(c.daysBefore(150, 260)) + "至" + date(c.daysBefore(60, 90))
                + "期间为他人开展" + service + "等诊疗活动，违法所得" + money(income) + "，现场查获药品、医疗器械一批。");
        c.admission();
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为违反了《医疗机构管理条例》第二十四条的规定。违法所得不足一万元的，按一万元计算。");
        c.addBasis("《医疗机构管理条例》第二十四条", "《基本医疗卫生与健康促进法》第九十九条");
        c.order("责令停止执业活动");
        c.confiscateIncome(income);
        c.confiscateGoods("药品、医疗器械一批");
        c.fine(c.multiple(yuan(10_000).max(income), 5, 8));
        c.penaltyResult("《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款");
    }

    private static void unlicensedPhysician(CaseFile c) {
        c.naturalPerson();
        c.introduceParty();
        BigDecimal income = c.amount(800, 15_000, 100);
        c.facts.add("经查，当事人未取得医师资格和医师执业证书，于" + date(c.daysBefore(120, 240)) + "起在" + c.pick("其租用的门店内",
                "某村卫生室内", "某养生会所内") + "以“" + c.pick("祖传中医", "专家门诊", "康复理疗") + "”名义为患者诊疗并开具处方，"
                + "违法所得" + money(income) + "。");
        c.admission();
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为属于非医师行医，违反了《中华人民共和国医师法》第十三条第四款的规定。违法所得不足一万元的，按一万元计算。");
        c.addBasis("《医师法》第十三条", "《医师法》第五十九条");
        c.order("责令停止非法执业活动");
        c.confiscateIncome(income);
        c.confiscateGoods("药品、医疗器械一批");
        c.fine(c.multiple(yuan(10_000).max(income), 2, 4));
        c.penaltyResult("《中华人民共和国医师法》第五十九条");
    }

    private static void beyondScope(CaseFile c) {
        hospital(c);
        c.introduceParty();
        String subject = c.pick("医疗美容科", "精神科", "肿瘤科", "介入放射学专业");
        c.facts.add(date(c.daysBefore(40, 90)) + "，本委执法人员检查发现，当事人未经核准登记" + subject + "诊疗科目，擅自开展" + subject
                + "诊疗活动" + c.between(20, 300) + "人次。");
        c.admission();
        c.addBasis("《医疗机构管理条例》第二十七条", "《医疗机构管理条例》第四十七条");
        c.warning();
        c.order("责令改正");
        if (c.chance(30)) {
            c.facts.add("当事人曾因同一违法行为受到处罚，本次超范围开展诊疗活动时间长、人次多，情节严重。");
            c.noticeAndHearing(true);
            c.revokeLicence("当事人的《医疗机构执业许可证》");
        } else {
            c.noticeAndHearing(false);
            c.fine(c.amount(1_000, 3_000, 500));
        }
        c.facts.add("当事人的行为违反了《医疗机构管理条例》第二十七条的规定。");
        c.penaltyResult("《医疗机构管理条例》第四十七条");
    }

    private static void epidemicReporting(CaseFile c) {
        hospital(c);
        c.introduceParty();
        c.facts.add("经查，当事人于" + date(c.daysBefore(60, 120)) + "诊断" + c.pick("乙类传染病" + c.pick(DISEASES.subList(0, 1)),
                "丙类传染病" + c.pick(DISEASES.subList(1, 4))) + "病例" + c.between(2, 12) + "例，未在规定时限内进行网络直报，"
                + "迟报时间最长达" + c.between(3, 10) + "日。");
        c.admission();
        c.noticeAndHearing(false);
        c.facts.add("当事人的行为违反了《中华人民共和国传染病防治法》第三十条第一款的规定。");
        c.addBasis("《传染病防治法》第三十条", "《传染病防治法》第六十九条");
        c.order("责令改正");
        c.order("通报批评");
        c.warning();
        c.penaltyResult("《中华人民共和国传染病防治法》第六十九条第（二）项");
    }

    private static void disinfectant(CaseFile c) {
        c.company(c.pick("消毒用品有限公司", "卫生用品有限公司", "生物科技有限公司"));
        c.introduceParty();
        String product = c.pick("含氯消毒片", "75%乙醇消毒液", "手消毒凝胶", "过氧乙酸消毒液");
        BigDecimal income = c.amount(500, 20_000, 100);
        c.facts.add("本委在消毒产品监督抽检中抽取当事人生产的" + product + "，经检验〔" + c.pick("有效成分含量", "杀灭微生物效果")
                + "〕项不符合国家卫生标准和卫生规范。经查，当事人已销售该批产品，违法所得" + money(income) + "。");
        c.admission();
        c.noticeAndHearing(false);
        c.facts.add("当事人的行为违反了《中华人民共和国传染病防治法》第二十九条第一款的规定，可能导致传染病传播。");
        c.addBasis("《传染病防治法》第二十九条", "《传染病防治法》第七十三条");
        c.order("责令限期改正");
        c.confiscateIncome(income);
        c.fine(c.amount(10_000, 40_000, 5_000));
        c.penaltyResult("《中华人民共和国传染病防治法》第七十三条第（三）项");
    }

    private static void occupationalExam(CaseFile c) {
        employer(c);
        c.introduceParty();
        c.facts.add(date(c.daysBefore(40, 80)) + "，本委执法人员检查发现，当事人安排" + c.between(6, 60) + "名接触"
                + c.pick("矽尘", "噪声", "苯系物", "锰及其化合物") + "的劳动者上岗作业，未按规定组织上岗前和在岗期间职业健康检查。");
        c.admission();
        BigDecimal fine = c.amount(50_000, 90_000, 5_000);
        c.noticeAndHearing(true);
        c.facts.add("当事人的行为违反了《中华人民共和国职业病防治法》第三十五条第一款的规定。");
        c.addBasis("《职业病防治法》第三十五条", "《职业病防治法》第七十一条");
        c.order("责令限期改正");
        c.warning();
        c.fine(fine);
        c.penaltyResult("《中华人民共和国职业病防治法》第七十一条第（四）项");
    }

    private static void institutionLicence(CaseFile c) {
        hospital(c);
        c.introduceParty();
        c.facts.add("当事人申请" + c.pick("执业登记", "执业登记校验", "变更床位数和诊疗科目") + "，核定床位" + c.between(50, 120) * 10
                + "张。经审查并现场核查，当事人符合《医疗机构管理条例》第十六条规定的条件和三级医院基本标准。");
        c.addBasis("《医疗机构管理条例》第十五条", "《医疗机构管理条例》第十六条", "《医疗机构管理条例》第十七条");
        c.decide("准予当事人", "的登记申请，核发（换发）《医疗机构执业许可证》，有效期至" + date(c.slot.date().plusYears(5).minusDays(1)) + "。");
    }

    private static void physicianRegistration(CaseFile c) {
        hospital(c);
        c.introduceParty();
        int count = c.between(8, 60);
        c.facts.add("当事人为本单位" + count + "名取得医师资格的人员集体申请医师执业注册，执业类别为临床、中医，"
                + "经审查均不存在不予注册的情形。");
        c.addBasis("《医师法》第十三条", "《医师法》第十四条");
        c.decide("准予当事人", "集体申请的医师执业注册，将注册信息录入国家医师管理信息系统，核发《医师执业证书》" + count + "本，执业地点为江西省。");
    }

    private static void disinfectantLicence(CaseFile c) {
        c.company(c.pick("消毒用品有限公司", "卫生用品有限公司"));
        c.introduceParty();
        c.facts.add("当事人申请消毒产品生产企业卫生许可，生产项目：" + c.pick("液体消毒剂", "消毒片剂", "卫生用品（湿巾）")
                + "。经现场审核，当事人的生产场所、设施和卫生管理制度符合《消毒产品生产企业卫生规范》要求。");
        c.addBasis("《传染病防治法》第二十九条");
        c.decide("准予当事人", "的许可申请，核发《消毒产品生产企业卫生许可证》（赣卫消证字（" + c.slot.date().getYear() + "）第"
                + String.format("%04d", c.between(1, 900)) + "号），有效期四年。");
    }

    private static void maternalLicence(CaseFile c) {
        c.organisation(PartyKind.LEGAL_PERSON, c.pick("妇产医院", "妇女儿童医院"), "52");
        c.introduceParty();
        c.facts.add("当事人申请开展产前诊断技术服务，配备经省级考核合格的产前诊断人员" + c.between(4, 12)
                + "名，设施设备和技术条件符合国家规定的条件和技术标准。");
        c.addBasis("《母婴保健法》第三十二条", "《母婴保健法》第三十三条");
        c.decide("准予当事人", "的许可申请，核发《母婴保健技术服务执业许可证》，许可项目：产前诊断（" + c.pick("遗传咨询、医学影像",
                "遗传咨询、细胞遗传、分子遗传", "生化免疫、医学影像") + "），有效期三年。");
    }

    private static void controlMeasure(CaseFile c) {
        String trade = c.pick("供水有限公司", "食品有限公司", "餐饮管理有限公司");
        c.company(trade);
        c.introduceParty();
        String target = switch (trade) {
            case "供水有限公司" -> "的二次供水水箱";
            case "食品有限公司" -> "储存的一批冷冻食品";
            default -> "所承包学校食堂的留样食品及原料";
        };
        c.facts.add(date(c.slot.date()) + "，本委在" + c.pick(DISEASES) + "聚集性疫情调查中发现，当事人" + target
                + "经疾病预防控制机构检测检出病原体，如不及时采取控制措施可能导致传染病传播。");
        c.addBasis("《传染病防治法》第五十五条");
        c.decide("依据《中华人民共和国传染病防治法》第五十五条的规定，本委决定对当事人",
                target + "采取" + (target.contains("水箱") ? "封闭" : "封存") + "的临时控制措施，并进行检验和消毒；"
                + "经检验、消毒合格后依法解除。");
    }

    private static void infectionCheck(CaseFile c) {
        hospital(c);
        c.introduceParty();
        c.facts.add("根据" + c.slot.date().getYear() + "年度医疗机构传染病防治“双随机、一公开”监督抽查计划，本委于"
                + date(c.daysBefore(3, 12)) + "对当事人开展检查，内容包括传染病疫情报告、预检分诊、消毒隔离和医疗废物处置。");
        c.addBasis("《传染病防治法》第五十三条");
        c.decide("对当事人", c.chance(70) ? "的检查结果：未发现问题。" : "的检查结果：发现" + c.pick("医疗废物暂存处未设置警示标识",
                "预检分诊点未配备体温计和登记本", "部分科室消毒剂浓度监测记录不全") + "的问题，已出具卫生监督意见书责令整改。");
    }

    private static void occupationalCheck(CaseFile c) {
        employer(c);
        c.introduceParty();
        c.facts.add("根据" + c.slot.date().getYear() + "年度职业卫生“双随机、一公开”监督抽查计划，本委于" + date(c.daysBefore(3, 12))
                + "对当事人开展检查，内容包括职业病危害项目申报、工作场所职业病危害因素检测评价和劳动者职业健康检查。");
        c.addBasis("《职业病防治法》第六十二条");
        c.decide("对当事人", c.chance(60) ? "的检查结果：未发现问题。" : "的检查结果：发现" + c.pick("未按规定更新职业病危害项目申报",
                "职业病危害告知卡设置不全", "个人防护用品发放记录不全") + "的问题，已责令限期整改。");
    }

    private static void requisition(CaseFile c) {
        c.company(c.pick("酒店有限公司", "宾馆有限公司", "客运有限公司"));
        c.introduceParty();
        LocalDate from = c.slot.date().plusDays(1);
        boolean vehicles = c.party().name().contains("客运");
        int count = vehicles ? c.between(5, 20) : c.between(40, 160);
        String place = DemoNames.county(c.party().creditCode().substring(2, 8)).fullName().substring(3);
        c.facts.add(date(c.daysBefore(3, 8)) + "起，" + place + "发生" + c.pick(DISEASES.subList(0, 2))
                + "本地聚集性疫情。根据疫情控制需要，经省人民政府决定在相关区域采取紧急措施，由本委组织实施临时征用。");
        c.addBasis("《传染病防治法》第四十五条");
        c.decide("依据《中华人民共和国传染病防治法》第四十五条的规定，临时征用当事人",
                "的" + (vehicles ? "客运车辆" + count + "辆，用于病例和密切接触者转运" : "客房" + count + "间，作为集中医学观察场所")
                + "，征用期限自" + date(from) + "起至疫情应急响应终止之日止。征用结束后及时返还，并依法给予补偿。");
    }

    private static void commendation(CaseFile c) {
        hospital(c);
        c.introduceParty();
        c.facts.add("当事人在" + (c.slot.date().getYear() - 1) + "年度" + c.pick(DISEASES) + "等传染病防控工作中，"
                + c.pick("及时发现并报告聚集性疫情", "圆满完成重症病例救治任务", "组织医疗队支援基层防控") + "，做出显著成绩。");
        c.addBasis("《传染病防治法》第十一条");
        c.decide("对当事人", "给予通报表彰，颁发荣誉证书。");
    }
}
