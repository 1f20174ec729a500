package cn.zfgs.content.demo;

import cn.zfgs.content.model.DiscretionBenchmarkContent;
import cn.zfgs.content.model.DiscretionBenchmarkContent.Level;

import java.util.List;

/**
 * 演示裁量基准 — two discretion benchmarks per agency for its most frequent violations, each grading the
 * circumstances as 轻微, 一般, 较重 and 严重 within the range the law allows (a 轻微 first offence corrected at once
 * goes unpunished under 《行政处罚法》第三十三条 where the benchmark says so).
 */
public final class DemoBenchmarks {

    /** 裁量基准 — the agency publishing it and the benchmark. */
    public record Benchmark(DemoAgency agency, DiscretionBenchmarkContent content) {
    }

    private static final String NO_PENALTY = "《行政处罚法》第三十三条";

    private DemoBenchmarks() {
    }

    public static List<Benchmark> all() {
        return List.of(
                new Benchmark(DemoAgency.PROVINCE_DRUGS, new DiscretionBenchmarkContent(
                        "药品经营企业未遵守药品经营质量管理规范行政处罚裁量基准",
                        "药品经营企业未遵守药品经营质量管理规范",
                        List.of("《药品管理法》第一百二十六条", NO_PENALTY), List.of(
                        new Level("轻微", "初次违法，问题轻微，未影响药品质量，检查时当场或者在责令期限内改正", "不予行政处罚，责令改正并进行教育"),
                        new Level("一般", "在责令期限内改正，但存在影响药品质量安全的风险", "给予警告"),
                        new Level("较重", "逾期不改正", "处十万元以上三十万元以下的罚款"),
                        new Level("严重", "逾期不改正且造成药品质量问题，或者两年内再次违反同类规定", "处五十万元以上二百万元以下的罚款，"
                                + "责令停产停业整顿直至吊销药品经营许可证")))),
                new Benchmark(DemoAgency.PROVINCE_DRUGS, new DiscretionBenchmarkContent(
                        "从不具备资质的企业购进药品行政处罚裁量基准",
                        "药品上市许可持有人、药品生产企业、药品经营企业或者医疗机构未从合法渠道购进药品",
                        List.of("《药品管理法》第一百二十九条"), List.of(
                        new Level("轻微", "货值金额不足五万元，主动报告并停止销售，配合追回", "没收违法购进的药品和违法所得，并处货值金额"
                                + "（不足五万元按五万元计算）二倍以上四倍以下的罚款"),
                        new Level("一般", "货值金额五万元以上不足二十万元", "没收违法购进的药品和违法所得，并处货值金额四倍以上七倍以下的罚款"),
                        new Level("较重", "货值金额二十万元以上，或者购进药品已售出且无法追回", "没收违法购进的药品和违法所得，"
                                + "并处货值金额七倍以上十倍以下的罚款"),
                        new Level("严重", "购进的药品为假药、劣药，或者两年内再次违反", "并处货值金额十倍以上三十倍以下的罚款，吊销药品经营许可证")))),
                new Benchmark(DemoAgency.CITY_MARKET, new DiscretionBenchmarkContent(
                        "发布虚假广告行政处罚裁量基准", "广告主发布虚假广告",
                        List.of("《广告法》第五十五条", NO_PENALTY), List.of(
                        new Level("轻微", "初次发布，传播范围小，及时停止发布并消除影响，未造成危害后果", "不予行政处罚，责令改正并进行教育"),
                        new Level("一般", "广告费用可以计算，传播范围限于本市", "处广告费用三倍以上四倍以下的罚款；广告费用无法计算或者明显偏低的，"
                                + "处二十万元以上六十万元以下的罚款"),
                        new Level("较重", "涉及食品、药品、医疗等与人身健康有关的商品或者服务", "处广告费用四倍以上五倍以下的罚款；"
                                + "广告费用无法计算或者明显偏低的，处六十万元以上一百万元以下的罚款"),
                        new Level("严重", "两年内有三次以上违法行为或者有其他严重情节", "处广告费用五倍以上十倍以下的罚款，"
                                + "可以吊销营业执照")))),
                new Benchmark(DemoAgency.CITY_MARKET, new DiscretionBenchmarkContent(
                        "使用未经定期检验特种设备行政处罚裁量基准", "特种设备使用单位使用未经定期检验或者检验不合格的特种设备",
                        List.of("《特种设备安全法》第八十四条"), List.of(
                        new Level("轻微", "超期不足三十日，已申报检验，设备状况良好", "责令停止使用，处三万元以上五万元以下罚款"),
                        new Level("一般", "超期三十日以上不足六个月", "责令停止使用，处五万元以上十万元以下罚款"),
                        new Level("较重", "超期六个月以上，或者设备用于人员密集场所", "责令停止使用，处十万元以上二十万元以下罚款"),
                        new Level("严重", "检验不合格仍继续使用，或者发生事故", "责令停止使用，处二十万元以上三十万元以下罚款")))),
                new Benchmark(DemoAgency.COUNTY_MARKET, new DiscretionBenchmarkContent(
                        "经营超过保质期食品行政处罚裁量基准", "食品经营者经营超过保质期的食品",
                        List.of("《食品安全法》第一百二十四条", "《行政处罚法》第三十二条"), List.of(
                        new Level("轻微", "货值金额不足一千元，主动下架、封存，未售出或者已全部召回", "没收违法所得和违法经营的食品，"
                                + "有法定从轻、减轻情形的依法减轻处罚，处五万元以下罚款"),
                        new Level("一般", "货值金额一千元以上不足五千元", "没收违法所得和违法经营的食品，并处五万元以上七万元以下罚款"),
                        new Level("较重", "货值金额五千元以上不足一万元，或者涉及婴幼儿食品", "没收违法所得和违法经营的食品，"
                                + "并处七万元以上十万元以下罚款"),
                        new Level("严重", "货值金额一万元以上，或者造成食源性疾病", "并处货值金额十倍以上二十倍以下罚款，吊销食品经营许可证")))),
                new Benchmark(DemoAgency.COUNTY_MARKET, new DiscretionBenchmarkContent(
                        "违反明码标价规定行政处罚裁量基准", "经营者违反明码标价规定",
                        List.of("《价格法》第四十二条", NO_PENALTY), List.of(
                        new Level("轻微", "初次违法，无违法所得，当场改正", "不予行政处罚，责令改正并进行教育"),
                        new Level("一般", "违法所得不足五百元", "责令改正，没收违法所得，可以并处二千元以下的罚款"),
                        new Level("较重", "违法所得五百元以上，或者在标价之外加价", "责令改正，没收违法所得，并处二千元以上四千元以下的罚款"),
                        new Level("严重", "经责令改正拒不改正，或者一年内再次违法", "责令改正，没收违法所得，并处四千元以上五千元以下的罚款")))),
                new Benchmark(DemoAgency.PROVINCE_HEALTH, new DiscretionBenchmarkContent(
                        "医疗机构诊疗活动超出登记范围行政处罚裁量基准", "医疗机构诊疗活动超出登记或者备案范围",
                        List.of("《医疗机构管理条例》第四十七条"), List.of(
                        new Level("轻微", "超范围诊疗不足十人次，未造成危害后果", "予以警告，责令改正"),
                        new Level("一般", "超范围诊疗十人次以上不足五十人次", "予以警告，责令改正，处一千元以下的罚款"),
                        new Level("较重", "超范围诊疗五十人次以上，或者开展手术等有创诊疗", "予以警告，责令改正，处一千元以上三千元以下的罚款"),
                        new Level("严重", "造成患者人身损害，或者因同一违法行为再次受到处罚", "吊销医疗机构执业许可证")))),
                new Benchmark(DemoAgency.PROVINCE_HEALTH, new DiscretionBenchmarkContent(
                        "用人单位未按规定组织职业健康检查行政处罚裁量基准", "用人单位未按照规定组织职业健康检查、建立职业健康监护档案",
                        List.of("《职业病防治法》第七十一条"), List.of(
                        new Level("轻微", "涉及劳动者不足十人，在责令期限内改正", "责令限期改正，给予警告"),
                        new Level("一般", "涉及劳动者十人以上不足三十人", "责令限期改正，给予警告，并处五万元以上七万元以下的罚款"),
                        new Level("较重", "涉及劳动者三十人以上，或者涉及粉尘、化学毒物等严重职业病危害因素", "责令限期改正，给予警告，"
                                + "并处七万元以上九万元以下的罚款"),
                        new Level("严重", "导致劳动者患职业病未能及时发现，或者逾期不改正", "责令限期改正，给予警告，并处九万元以上十万元以下的罚款")))));
    }
}
