package cn.zfgs.content.demo;

import cn.zfgs.content.model.ServiceGuideContent;
import cn.zfgs.content.model.ServiceGuideContent.Material;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * 演示服务指南 — one service guide for each licensing item of the demo catalogue: conditions, materials (with the
 * sample documents the counter hands out), time limit, fees and the channels for progress, questions and complaints.
 */
public final class DemoGuides {

    /** 服务指南 — the guide and the key of the licensing item it explains. */
    public record Guide(DemoAgency agency, String itemKey, ServiceGuideContent content) {
    }

    /** 指南要素 — what differs between guides: conditions, materials and fees. */
    private record Spec(String conditions, List<Material> materials, String fees) {
    }

    private static final String FREE = "不收费（《中华人民共和国行政许可法》第五十八条）";
    private static final Material LICENCE = new Material("营业执照", "复印件", 1, "核验原件，可通过电子证照共享免于提交");

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("drug-wholesale-licence", new Spec(
                    "有依法经过资格认定的药师或者其他药学技术人员；有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境；"
                            + "有与所经营药品相适应的质量管理机构或者人员；有保证药品质量的规章制度，并符合药品经营质量管理规范要求"
                            + "（《中华人民共和国药品管理法》第五十二条）。",
                    List.of(form("药品经营许可证申请表"), LICENCE,
                            new Material("企业负责人、质量负责人、质量管理部门负责人的学历和执业药师资格证明", "复印件", 1, "无"),
                            new Material("经营场所和仓库的地理位置图、平面布局图及产权或者使用权证明", "复印件", 1, "无"),
                            new Material("药品经营质量管理体系文件和计算机系统说明", "原件", 1, "提供目录示例"),
                            new Material("仓储设施设备目录及冷库、冷藏车验证报告", "原件", 1, "无")), FREE)),
            Map.entry("drug-production-licence", new Spec(
                    "有依法经过资格认定的药学技术人员、工程技术人员及相应的技术工人；有与药品生产相适应的厂房、设施和卫生环境；"
                            + "有质量管理和质量检验的机构、人员及必要的仪器设备；有符合药品生产质量管理规范要求的规章制度"
                            + "（《中华人民共和国药品管理法》第四十二条）。",
                    List.of(form("药品生产许可证申请表"), LICENCE,
                            new Material("拟生产范围、剂型、品种及质量标准说明", "原件", 1, "无"),
                            new Material("厂区总平面布置图、车间工艺布局平面图和空气净化系统送回风布局图", "原件", 1, "无"),
                            new Material("关键人员简历、学历和职称证明", "复印件", 1, "无"),
                            new Material("主要生产设备和检验仪器目录", "原件", 1, "提供表格样式")), FREE)),
            Map.entry("device-registration", new Spec(
                    "申请人为依法设立的企业，已建立与产品研制、生产有关的质量管理体系并保持有效运行；产品符合强制性标准和"
                            + "经注册的产品技术要求（《医疗器械监督管理条例》第十三条、第十四条）。",
                    List.of(form("医疗器械注册申请表"), new Material("产品风险分析资料", "原件", 1, "无"),
                            new Material("产品技术要求", "原件", 2, "提供编写指导原则"),
                            new Material("产品检验报告（自检报告或委托检验报告）", "原件", 1, "无"),
                            new Material("临床评价资料", "原件", 1, "符合免于临床评价情形的可免于提交"),
                            new Material("产品说明书及标签样稿", "原件", 1, "无"),
                            new Material("与产品研制、生产有关的质量管理体系文件", "原件", 1, "无")),
                    "首次注册费35,600元，变更注册费14,400元，延续注册费8,100元；小微企业首次注册费按规定减免")),
            Map.entry("food-licence", new Spec(
                    "具有与经营的食品品种、数量相适应的场所、设备或者设施；有专职或者兼职的食品安全管理人员和保证食品安全的"
                            + "规章制度；具有合理的设备布局和工艺流程（《中华人民共和国食品安全法》第三十三条、第三十五条）。",
                    List.of(form("食品经营许可申请书"), LICENCE,
                            new Material("与食品经营相适应的主要设备设施布局、操作流程等文件", "原件", 1, "提供平面图示例"),
                            new Material("食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度",
                                    "原件", 1, "提供制度范本")), FREE)),
            Map.entry("device-business-licence", new Spec(
                    "具有与经营范围和经营规模相适应的质量管理机构或者质量管理人员，质量管理人员应当具有相关专业学历或者职称；"
                            + "具有相适应的经营场所和贮存条件；具有与经营的医疗器械相适应的质量管理制度和计算机信息管理系统"
                            + "（《医疗器械监督管理条例》第四十条、第四十二条）。",
                    List.of(form("医疗器械经营许可申请表"), LICENCE,
                            new Material("法定代表人、企业负责人、质量负责人的身份证明、学历或者职称证明", "复印件", 1,
                                    "身份证明仅用于核验，不予公开"),
                            new Material("经营场所、库房的地理位置图、平面图和产权或者租赁证明", "复印件", 1, "无"),
                            new Material("经营设施、设备目录", "原件", 1, "无"),
                            new Material("经营质量管理制度、工作程序等文件目录", "原件", 1, "无")), FREE)),
            Map.entry("drug-retail-licence", new Spec(
                    "配备依法经过资格认定的执业药师；有与所经营药品相适应的营业场所、设备、陈列和储存设施；有保证药品质量的"
                            + "规章制度（《中华人民共和国药品管理法》第五十一条、第五十二条）。",
                    List.of(form("药品经营许可证申请表"), LICENCE,
                            new Material("执业药师注册证", "复印件", 1, "核验原件"),
                            new Material("营业场所平面图和使用权证明", "复印件", 1, "无"),
                            new Material("药品质量管理制度文件", "原件", 1, "提供制度范本")), FREE)),
            Map.entry("equipment-registration", new Spec(
                    "特种设备经监督检验合格，使用单位已建立安全管理制度并配备取得相应资格的安全管理人员和作业人员"
                            + "（《中华人民共和国特种设备安全法》第三十三条）。",
                    List.of(form("特种设备使用登记表"), LICENCE,
                            new Material("产品合格证（含产品数据表）", "复印件", 1, "无"),
                            new Material("监督检验证明", "复印件", 1, "无"),
                            new Material("安全管理人员和作业人员资格证书", "复印件", 1, "无")), FREE)),
            Map.entry("business-registration", new Spec(
                    "有经营能力的自然人，有固定的经营场所，经营范围不属于法律、行政法规禁止的项目"
                            + "（《市场主体登记管理条例》第三条、第二十一条）。",
                    List.of(form("个体工商户登记（备案）申请书"),
                            new Material("经营者身份证明", "复印件", 1, "仅用于核验，不予公开"),
                            new Material("经营场所使用证明", "复印件", 1, "可填写住所（经营场所）申报承诺书代替"),
                            new Material("委托代理人办理的，提交委托书及代理人身份证明", "原件", 1, "提供委托书样式")), FREE)),
            Map.entry("medical-institution-licence", new Spec(
                    "有设置医疗机构批准书；符合医疗机构基本标准；有适合的名称、组织机构和场所；有与开展的业务相适应的经费、"
                            + "设施、设备和专业卫生技术人员；有相应的规章制度；能够独立承担民事责任（《医疗机构管理条例》第十六条）。",
                    List.of(form("医疗机构执业登记申请书"), new Material("设置医疗机构批准书", "复印件", 1, "无"),
                            new Material("医疗机构用房产权证明或者使用证明", "复印件", 1, "无"),
                            new Material("医疗机构建筑设计平面图", "原件", 1, "无"),
                            new Material("医疗机构规章制度", "原件", 1, "无"),
                            new Material("法定代表人、主要负责人及各科室负责人名录和资格证书、执业证书", "复印件", 1, "无")),
                    FREE)),
            Map.entry("physician-registration", new Spec(
                    "取得医师资格，不具有《中华人民共和国医师法》第十六条规定的不予注册情形；由拟执业的医疗卫生机构集体办理的，"
                            + "机构出具聘用证明（《中华人民共和国医师法》第十三条）。",
                    List.of(form("医师执业注册申请审核表"), new Material("医师资格证书", "复印件", 1, "核验原件"),
                            new Material("近六个月内的健康体检证明", "原件", 1, "无"),
                            new Material("拟执业机构出具的聘用证明", "原件", 1, "提供证明样式")), FREE)),
            Map.entry("disinfectant-licence", new Spec(
                    "生产场所、设施、设备、人员和卫生管理制度符合《消毒产品生产企业卫生规范》的要求"
                            + "（《中华人民共和国传染病防治法》第二十九条）。",
                    List.of(form("消毒产品生产企业卫生许可申请表"), LICENCE,
                            new Material("厂区平面图和生产车间布局平面图", "原件", 1, "无"),
                            new Material("生产工艺流程图和生产设备清单", "原件", 1, "无"),
                            new Material("检验能力证明及卫生管理制度", "原件", 1, "无")), FREE)),
            Map.entry("maternal-health-licence", new Spec(
                    "符合国务院卫生健康主管部门规定的条件和技术标准，产前诊断人员经省级卫生健康主管部门考核合格"
                            + "（《中华人民共和国母婴保健法》第三十二条、第三十三条）。",
                    List.of(form("母婴保健技术服务执业许可申请登记书"),
                            new Material("医疗机构执业许可证", "复印件", 1, "无"),
                            new Material("产前诊断技术人员名单及考核合格证明", "复印件", 1, "无"),
                            new Material("仪器设备清单和技术规范、规章制度", "原件", 1, "无")), FREE)));

    private DemoGuides() {
    }

    /** A guide for every licensing item; {@code itemIds} gives the content item id of an item by agency and key. */
    public static List<Guide> all(BiFunction<DemoAgency, String, Long> itemIds) {
        return DemoItems.all().stream()
                .filter(item -> SPECS.containsKey(item.key()))
                .map(item -> new Guide(item.agency(), item.key(),
                        guide(item, itemIds.apply(item.agency(), item.key()))))
                .toList();
    }

    private static ServiceGuideContent guide(DemoItems.Item item, Long itemId) {
        Spec spec = SPECS.get(item.key());
        DemoAgency agency = item.agency();
        String window = switch (agency) {
            case PROVINCE_DRUGS -> "江西省政务服务中心药品监管窗口";
            case CITY_MARKET -> "南昌市民中心市场监管窗口";
            case COUNTY_MARKET -> "进贤县政务服务中心市场监管窗口";
            case PROVINCE_HEALTH -> "江西省政务服务中心卫生健康窗口";
        };
        String phone = agency.profile().phone();
        return new ServiceGuideContent(itemId, item.content().name() + "服务指南", agency.agencyName() + "（" + window + "）",
                agency.agencyName(), spec.conditions(), spec.materials(), item.content().timeLimitNote(), spec.fees(),
                window + "；工作日上午9:00—12:00，下午13:30—17:00（法定节假日除外）；全程网办可登录江西政务服务网或“赣服通”",
                "通过江西政务服务网或“赣服通”输入申请编号查询办理进度，或致电" + phone,
                "窗口现场咨询或致电" + phone,
                "12345政务服务便民热线；" + agency.agencyName() + "监督电话" + phone);
    }

    private static Material form(String name) {
        return new Material(name, "原件", 1, "窗口和网站提供格式文本及填写示范");
    }
}
