package cn.zfgs.content.demo;

import cn.zfgs.content.demo.DemoNames.County;
import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.model.AgencyProfile;
import cn.zfgs.content.model.DecisionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 演示执法主体 — the four agencies of the demo, at three levels of one province (江西省): the provincial drug
 * administration, the 南昌 city and 进贤 county market regulators, and the provincial health commission.
 *
 * <p>The city bureau's parent is the provincial drug administration: the demo has no provincial market regulator,
 * and the drug administration is the city bureau's superior for the drug retail supervision it carries out.
 *
 * <p>文号 follow each agency's style: the agency's abbreviation (赣药监, 洪市监 — 洪 for 南昌 —, 进市监, 赣卫), a
 * word for the kind of decision, the year in 〔〕 and a number counted per prefix and year; the city pads its
 * numbers to four digits (洪市监处罚〔2025〕0345号).
 */
public enum DemoAgency {

    PROVINCE_DRUGS("江西省药品监督管理局", AgencyLevel.PROVINCE, "360000", "江西省", null, "赣药监", 0,
            Map.of(DecisionType.PENALTY, "罚", DecisionType.LICENSING, "许", DecisionType.COERCION, "强",
                    DecisionType.INSPECTION, "检", DecisionType.FEE, "收", DecisionType.OTHER, "决")),
    CITY_MARKET("南昌市市场监督管理局", AgencyLevel.CITY, "360100", "江西省南昌市", PROVINCE_DRUGS, "洪市监", 4,
            Map.of(DecisionType.PENALTY, "处罚", DecisionType.LICENSING, "许可", DecisionType.COERCION, "强制",
                    DecisionType.INSPECTION, "检查", DecisionType.OTHER, "决定")),
    COUNTY_MARKET("进贤县市场监督管理局", AgencyLevel.COUNTY, "360124", "江西省南昌市进贤县", CITY_MARKET, "进市监", 0,
            Map.of(DecisionType.PENALTY, "罚", DecisionType.LICENSING, "许", DecisionType.COERCION, "强",
                    DecisionType.INSPECTION, "检", DecisionType.OTHER, "决")),
    PROVINCE_HEALTH("江西省卫生健康委员会", AgencyLevel.PROVINCE, "360000", "江西省", null, "赣卫", 0,
            Map.of(DecisionType.PENALTY, "监罚", DecisionType.LICENSING, "医许", DecisionType.COERCION, "监强",
                    DecisionType.INSPECTION, "监检", DecisionType.LEVY, "征", DecisionType.OTHER, "决"));

    private final String agencyName;
    private final AgencyLevel level;
    private final String regionCode;
    private final String regionName;
    private final DemoAgency parent;
    private final String abbreviation;
    private final int numberDigits;
    private final Map<DecisionType, String> typeWords;

    DemoAgency(String agencyName, AgencyLevel level, String regionCode, String regionName, DemoAgency parent,
            String abbreviation, int numberDigits, Map<DecisionType, String> typeWords) {
        this.agencyName = agencyName;
        this.level = level;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.parent = parent;
        this.abbreviation = abbreviation;
        this.numberDigits = numberDigits;
        this.typeWords = typeWords;
    }

    public String agencyName() {
        return agencyName;
    }

    public AgencyLevel level() {
        return level;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    /** The superior agency in the demo hierarchy, or null. */
    public DemoAgency parent() {
        return parent;
    }

    /** 统一社会信用代码 of a 机关 (11…), fixed for each agency. */
    public String creditCode() {
        return DemoCodes.creditCode("11", regionCode, "MB", new Random(7_919L * (ordinal() + 1)));
    }

    /** The prefix stored on the agency record: the one its penalty decisions carry, e.g. 赣药监罚. */
    public String documentPrefix() {
        return documentPrefix(DecisionType.PENALTY);
    }

    public String documentPrefix(DecisionType type) {
        return abbreviation + typeWords.get(type);
    }

    /** The kinds of decision this agency makes at all. */
    public List<DecisionType> decisionTypes() {
        return List.of(DecisionType.values()).stream().filter(typeWords::containsKey).toList();
    }

    /** 文号, e.g. 赣药监罚〔2024〕12号 or 洪市监处罚〔2025〕0345号. */
    public String documentNumber(DecisionType type, int year, int number) {
        String digits = numberDigits == 0 ? Integer.toString(number) : String.format("%0" + numberDigits + "d", number);
        return documentPrefix(type) + "〔" + year + "〕" + digits + "号";
    }

    /** Where this agency's parties are registered and live. */
    List<County> partyCounties() {
        return switch (this) {
            case COUNTY_MARKET -> DemoNames.NANCHANG.subList(0, 1);
            case CITY_MARKET -> DemoNames.NANCHANG.subList(2, DemoNames.NANCHANG.size());
            case PROVINCE_DRUGS, PROVINCE_HEALTH -> {
                List<County> all = new ArrayList<>(DemoNames.JIANGXI);
                all.addAll(DemoNames.NANCHANG);
                yield all;
            }
        };
    }

    /** What the agency publishes about itself (执法主体信息). */
    public AgencyProfile profile() {
        return switch (this) {
            case PROVINCE_DRUGS -> new AgencyProfile(agencyName,
                    "依据《中华人民共和国药品管理法》第八条和中共江西省委办公厅、江西省人民政府办公厅印发的《江西省药品监督管理局"
                            + "职能配置、内设机构和人员编制规定》设立，为江西省市场监督管理局管理的省政府部门管理机构，"
                            + "以本机关名义依法独立行使药品、医疗器械和化妆品监督管理行政执法职权。",
                    "负责全省药品（含中药、民族药）、医疗器械和化妆品安全监督管理；负责药品生产企业、药品批发企业和药品零售连锁"
                            + "总部的许可及监督检查；负责第二类医疗器械产品注册；组织实施药品、医疗器械和化妆品质量抽查检验；"
                            + "依法查处药品、医疗器械和化妆品生产环节及药品批发环节的违法行为；指导设区市、县（市、区）市场监督管理"
                            + "部门开展药品经营、使用环节的监督管理和行政执法工作。",
                    "江西省南昌市红谷滩区赣江中大道1888号", "0791-88158000",
                    "工作日 上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
                    "江西省司法厅（本级人民政府司法行政部门）行政执法监督电话：0791-86262120；"
                            + "江西省市场监督管理局（上级主管部门）监督电话：0791-88158366",
                    "全国12315市场监管投诉举报热线、12345政务服务便民热线；药品安全违法行为举报电话：0791-88158012");
            case CITY_MARKET -> new AgencyProfile(agencyName,
                    "依据《中华人民共和国食品安全法》第六条、《中华人民共和国产品质量法》第八条、《中华人民共和国药品管理法》"
                            + "第八条和中共南昌市委办公厅、南昌市人民政府办公厅印发的《南昌市市场监督管理局职能配置、内设机构和人员"
                            + "编制规定》设立，为南昌市人民政府工作部门，以本机关名义依法独立行使市场监督管理行政执法职权。",
                    "负责全市市场综合监督管理和市场主体登记注册；负责食品安全监督管理；负责药品零售、医疗器械经营和化妆品经营"
                            + "环节的监督管理；负责特种设备安全监督管理；负责广告监督管理、价格监督检查和反不正当竞争执法；"
                            + "负责商标等知识产权行政执法；组织实施产品质量监督抽查；指导各县（区）市场监督管理部门的执法工作。",
                    "江西省南昌市红谷滩区丰和中大道699号", "0791-83886000",
                    "工作日 上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
                    "南昌市司法局（本级人民政府司法行政部门）行政执法监督电话：0791-83884100；"
                            + "江西省市场监督管理局、江西省药品监督管理局（上级主管部门）监督电话：0791-88158366",
                    "全国12315市场监管投诉举报热线、12345政务服务便民热线");
            case COUNTY_MARKET -> new AgencyProfile(agencyName,
                    "依据《中华人民共和国食品安全法》第六条、《中华人民共和国产品质量法》第八条、《中华人民共和国药品管理法》"
                            + "第八条和中共进贤县委办公室、进贤县人民政府办公室印发的《进贤县市场监督管理局职能配置、内设机构和人员"
                            + "编制规定》设立，为进贤县人民政府工作部门，以本机关名义依法独立行使市场监督管理行政执法职权；"
                            + "各乡镇市场监督管理所为本局派出机构。",
                    "负责全县市场主体登记注册和个体工商户登记；负责食品生产经营、药品零售和使用、医疗器械和化妆品经营的"
                            + "监督管理；负责计量、标准化、认证认可和产品质量监督；负责价格监督检查；依法查处辖区内市场监督管理"
                            + "领域的违法行为；组织实施“双随机、一公开”监管。",
                    "江西省南昌市进贤县民和镇胜利北路66号", "0791-85662315",
                    "工作日 上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
                    "进贤县司法局（本级人民政府司法行政部门）行政执法监督电话：0791-85668100；"
                            + "南昌市市场监督管理局（上级主管部门）监督电话：0791-83886100",
                    "全国12315市场监管投诉举报热线、12345政务服务便民热线");
            case PROVINCE_HEALTH -> new AgencyProfile(agencyName,
                    "依据《中华人民共和国基本医疗卫生与健康促进法》第七条、《中华人民共和国传染病防治法》第六条和中共江西省委"
                            + "办公厅、江西省人民政府办公厅印发的《江西省卫生健康委员会职能配置、内设机构和人员编制规定》设立，"
                            + "为江西省人民政府组成部门，以本机关名义依法独立行使卫生健康行政执法职权。",
                    "负责全省医疗机构、医疗卫生人员和医疗服务的监督管理；负责三级医疗机构执业登记和校验；负责传染病防治、"
                            + "职业卫生、放射卫生、消毒产品和生活饮用水卫生的监督管理；依法查处医疗卫生领域的违法行为；"
                            + "指导全省卫生健康综合监督执法工作。",
                    "江西省南昌市东湖区省府大院北二路61号", "0791-86238000",
                    "工作日 上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
                    "江西省司法厅（本级人民政府司法行政部门）行政执法监督电话：0791-86262120；"
                            + "江西省人民政府（本级人民政府）",
                    "12320卫生健康热线、12345政务服务便民热线");
        };
    }
}
