package cn.zfgs.portal.items;

import cn.zfgs.content.model.RandomInspection;
import cn.zfgs.portal.laws.Citation;
import cn.zfgs.portal.procedures.Chart;
import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.Paging;

import java.util.List;

/** The view records of the item catalogue, item pages, the random-inspection list and its results. */
public final class ItemViews {

    private ItemViews() {
    }

    /** A catalogue line. */
    public record Line(Long id, String code, String name, String typeLabel, String agencyName, String timeLimit,
            boolean randomInspection) {
    }

    /** 执法事项清单 with its filters. */
    public record Catalogue(List<Line> items, List<Filters.Option> types, String type, List<Filters.Option> agencies,
            Long agency) {
    }

    /** A link to a related page. */
    public record Link(String href, String text) {
    }

    /** 执法事项页. */
    public record Item(Long id, int version, String code, String name, String typeLabel, String agencyName,
            Long agencyPageId, String handlingDepartment, List<Citation> legalBases, String timeLimit,
            RandomInspection inspection, Link guide, Link flowchart, Chart chart, Link rightsNotice,
            List<String> rights, List<Link> benchmarks, String publishedAt, String changeNote, PageMeta meta) {
    }

    /** 随机抽查事项清单 line: the item and its inspection attributes. */
    public record InspectionLine(Long id, String code, String name, String agencyName, RandomInspection inspection,
            List<Citation> legalBases) {
    }

    /** 双随机抽查结果 line. */
    public record ResultLine(String taskName, Long itemId, String itemName, String agencyName, String inspectedName,
            String inspectedCreditCode, String inspectedOn, String outcomeLabel, String findings, String followUp) {
    }

    /** 抽查结果 list with filters and pages. */
    public record Results(List<ResultLine> results, List<Filters.Option> agencies, Long agency, Integer year,
            List<Integer> years, Paging paging) {
    }
}
