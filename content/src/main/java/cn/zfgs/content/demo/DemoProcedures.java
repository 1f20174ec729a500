package cn.zfgs.content.demo;

import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.FlowchartContent;
import cn.zfgs.content.model.FlowchartContent.Branch;
import cn.zfgs.content.model.FlowchartContent.Step;
import cn.zfgs.content.model.RightsNoticeContent;
import cn.zfgs.content.model.RightsNoticeContent.Right;

import java.util.List;

/**
 * 演示执法流程与权利告知 — the procedures every demo agency publishes as flowcharts (行政处罚一般程序, 行政许可,
 * 查封扣押, 双随机抽查), with their branches and the conditions on them, and the rights notices of penalties,
 * licences and coercive measures, each right with its period and legal basis.
 */
public final class DemoProcedures {

    private DemoProcedures() {
    }

    public static List<FlowchartContent> flowcharts() {
        return List.of(penaltyProcedure(), licensingProcedure(), seizureProcedure(), inspectionProcedure());
    }

    public static List<RightsNoticeContent> rightsNotices(DemoAgency agency) {
        Right reconsideration = new Right("申请行政复议", "对决定不服的，可以依法向" + reconsiderationOrgan(agency)
                + "申请行政复议。", "自知道或者应当知道该行政行为之日起六十日内", "《行政复议法》第二十条");
        Right litigation = new Right("提起行政诉讼", "对决定不服的，也可以不经行政复议，直接向有管辖权的人民法院提起行政诉讼；"
                + "对复议决定不服的，可以自收到复议决定书之日起十五日内起诉。", "自知道或者应当知道作出行政行为之日起六个月内",
                "《行政诉讼法》第四十六条");
        String statementPeriod = agency == DemoAgency.PROVINCE_HEALTH ? "《行政处罚事先告知书》载明的期限内"
                : "收到《行政处罚告知书》之日起五个工作日内";
        return List.of(
                new RightsNoticeContent("行政处罚权利告知", DecisionType.PENALTY, List.of(
                        new Right("陈述权", "行政机关作出行政处罚决定前，当事人有权就案件事实、理由和依据进行陈述，"
                                + "行政机关必须充分听取当事人的意见。", statementPeriod, "《行政处罚法》第四十四条"),
                        new Right("申辩权", "当事人有权进行申辩；提出的事实、理由或者证据成立的，行政机关应当采纳，"
                                + "不得因当事人陈述、申辩而给予更重的处罚。", statementPeriod, "《行政处罚法》第四十五条"),
                        new Right("要求听证权", "拟作出较大数额罚款、没收较大数额违法所得、降低资质等级、吊销许可证件、"
                                + "责令停产停业、责令关闭、限制从业等行政处罚的，当事人有权要求听证，不承担听证费用。",
                                "行政机关告知后五日内提出", "《行政处罚法》第六十四条"),
                        new Right("申请暂缓或者分期缴纳罚款", "当事人确有经济困难的，经申请和行政机关批准，可以暂缓或者分期缴纳罚款。",
                                "罚款缴纳期限届满前", "《行政处罚法》第六十六条"),
                        reconsideration, litigation)),
                new RightsNoticeContent("行政许可权利告知", DecisionType.LICENSING, List.of(
                        new Right("陈述、申辩权", "行政许可事项直接关系他人重大利益的，申请人、利害关系人有权进行陈述和申辩，"
                                + "行政机关应当听取其意见。", "行政机关作出许可决定前", "《行政许可法》第三十六条"),
                        new Right("要求听证权", "行政许可直接涉及申请人与他人之间重大利益关系的，申请人、利害关系人有权要求听证，"
                                + "不承担听证费用。", "被告知听证权利之日起五日内提出", "《行政许可法》第四十七条"),
                        new Right("获得书面决定及理由", "申请人有权获得书面的行政许可决定；不予许可的，行政机关应当说明理由，"
                                + "并告知申请行政复议或者提起行政诉讼的权利。", "法定办理期限内", "《行政许可法》第三十八条"),
                        reconsideration, litigation)),
                new RightsNoticeContent("查封、扣押权利告知", DecisionType.COERCION, List.of(
                        new Right("知情、陈述和申辩权", "实施查封、扣押时，执法人员应当当场告知理由、依据和救济途径，"
                                + "当事人有权陈述和申辩。", "实施行政强制措施时", "《行政强制法》第十八条"),
                        new Right("获得决定书和清单", "当事人有权当场获得查封、扣押决定书和清单，清单一式二份，由当事人和行政机关分别保存。",
                                "实施行政强制措施时", "《行政强制法》第二十四条"),
                        new Right("要求解除查封、扣押", "没有违法行为、财物与违法行为无关、期限届满或者不再需要查封、扣押的，"
                                + "行政机关应当及时解除并退还财物。", "查封、扣押期间", "《行政强制法》第二十八条"),
                        reconsideration, litigation)));
    }

    /** 行政复议机关 under the 2023 行政复议法: the government at the agency's own level. */
    static String reconsiderationOrgan(DemoAgency agency) {
        return switch (agency) {
            case PROVINCE_DRUGS, PROVINCE_HEALTH -> "江西省人民政府";
            case CITY_MARKET -> "南昌市人民政府";
            case COUNTY_MARKET -> "进贤县人民政府";
        };
    }

    private static FlowchartContent penaltyProcedure() {
        return new FlowchartContent("行政处罚一般程序流程图", DecisionType.PENALTY, List.of(
                step("clue", "线索核查", "办案机构", "发现线索或者收到材料之日起十五个工作日内",
                        to("filing", "符合立案标准"), to("no-filing", "不符合立案标准")),
                step("filing", "立案", "办案机构负责人", "核查完毕之日起十五个工作日内", to("investigation", "")),
                step("investigation", "调查取证", "两名以上执法人员（出示执法证件）", "", to("review", "")),
                step("review", "案件审核", "审核机构", "",
                        to("legal-review", "重大执法决定：较大数额罚没款、吊销许可证件、责令停产停业、经过听证或者案情疑难复杂"),
                        to("notice", "非重大执法决定"), to("transfer", "涉嫌犯罪")),
                step("legal-review", "法制审核", "法制审核人员", "一般不超过十个工作日",
                        to("notice", "审核通过"), to("investigation", "审核未通过，退回补充调查")),
                step("notice", "告知拟处罚内容及陈述、申辩、听证权利", "办案机构", "",
                        to("statement", "当事人提出陈述、申辩"), to("hearing", "当事人在告知后五日内要求听证"),
                        to("decision", "当事人放弃权利或者逾期未提出")),
                step("statement", "陈述、申辩与复核", "办案机构", "", to("decision", "")),
                step("hearing", "听证", "非本案调查人员主持", "举行听证七日前通知当事人", to("decision", "")),
                step("decision", "作出处罚决定", "行政机关负责人（情节复杂或者重大违法行为集体讨论）", "自立案之日起九十日内",
                        to("delivery", "")),
                step("delivery", "送达", "办案机构", "宣告后当场交付；当事人不在场的七日内送达", to("enforcement", "")),
                step("enforcement", "执行", "当事人", "收到决定书之日起十五日内缴纳罚款；逾期每日加处百分之三",
                        to("closing", "")),
                step("closing", "结案归档", "办案机构", ""),
                step("no-filing", "不予立案", "办案机构负责人", ""),
                step("transfer", "移送司法机关", "行政机关负责人", "")));
    }

    private static FlowchartContent licensingProcedure() {
        return new FlowchartContent("行政许可办理流程图", DecisionType.LICENSING, List.of(
                step("application", "申请", "申请人", "", to("acceptance", "")),
                step("acceptance", "受理审查", "政务服务窗口", "当场或者五日内",
                        to("accepted", "材料齐全、符合法定形式"), to("correction", "材料不齐全或者不符合法定形式"),
                        to("rejected", "不属于本机关职权范围")),
                step("correction", "一次性告知补正", "政务服务窗口", "当场或者五日内一次告知", to("acceptance", "申请人补正后")),
                step("accepted", "受理", "政务服务窗口", "出具加盖印章、注明日期的书面凭证", to("examination", "")),
                step("examination", "审查", "承办机构", "",
                        to("site-check", "需要对实质内容进行核实"), to("permit-hearing", "涉及公共利益或者申请人、利害关系人要求听证"),
                        to("permit-decision", "书面审查即可作出决定")),
                step("site-check", "现场核查", "两名以上工作人员", "", to("permit-decision", "")),
                step("permit-hearing", "听证", "承办机构", "申请人、利害关系人被告知后五日内申请", to("permit-decision", "")),
                step("permit-decision", "作出决定", "行政机关负责人", "受理之日起二十日内，经批准可以延长十日",
                        to("granted", "符合法定条件、标准"), to("refused", "不符合法定条件、标准")),
                step("granted", "准予许可，颁发证件并公示", "承办机构", "作出决定之日起十日内颁发、送达；七个工作日内公示"),
                step("refused", "不予许可，书面说明理由并告知救济途径", "承办机构", ""),
                step("rejected", "不予受理，告知向有关行政机关申请", "政务服务窗口", "")));
    }

    private static FlowchartContent seizureProcedure() {
        return new FlowchartContent("查封、扣押行政强制措施流程图", DecisionType.COERCION, List.of(
                step("finding", "发现涉案场所、设施或者财物", "执法人员", "", to("approval", "")),
                step("approval", "报告并经负责人批准", "行政机关负责人", "情况紧急当场实施的，二十四小时内补办批准手续",
                        to("execution", "批准"), to("release", "负责人认为不应当采取")),
                step("execution", "实施：两名以上执法人员出示证件，通知当事人到场，告知理由、依据、权利和救济途径，听取陈述和申辩",
                        "执法人员", "", to("record", "")),
                step("record", "制作现场笔录，当场交付查封、扣押决定书和清单", "执法人员", "", to("handling", "")),
                step("handling", "查清事实，作出处理决定", "办案机构", "三十日内，情况复杂的经批准延长不超过三十日；检测、检验期间不计入",
                        to("release", "没有违法行为、与违法行为无关、期限届满或者不再需要"),
                        to("confiscation", "违法事实清楚，依法应当没收或者销毁")),
                step("release", "解除查封、扣押，退还财物", "办案机构", "立即"),
                step("confiscation", "依法没收、销毁或者移送", "办案机构", "")));
    }

    private static FlowchartContent inspectionProcedure() {
        return new FlowchartContent("“双随机、一公开”监督检查流程图", DecisionType.INSPECTION, List.of(
                step("plan", "制定年度抽查计划", "监管机构", "每年第一季度", to("draw-targets", "")),
                step("draw-targets", "从检查对象名录库中随机抽取检查对象", "监管机构", "按抽查比例", to("draw-officers", "")),
                step("draw-officers", "从执法检查人员名录库中随机选派检查人员", "监管机构", "有利害关系的依法回避",
                        to("inspection", "")),
                step("inspection", "实施检查并制作检查记录", "两名以上执法检查人员", "", to("result", "")),
                step("result", "认定检查结果", "监管机构", "", to("publication", ""), to("follow-up", "发现违法行为或者问题")),
                step("publication", "公示抽查结果", "监管机构", "检查结果形成之日起二十个工作日内"),
                step("follow-up", "后续处置：责令整改、立案查处或者移送", "监管机构", "")));
    }

    private static Step step(String id, String label, String actor, String timeLimit, Branch... next) {
        return new Step(id, label, actor, timeLimit, List.of(next));
    }

    private static Branch to(String target, String condition) {
        return new Branch(target, condition);
    }
}
