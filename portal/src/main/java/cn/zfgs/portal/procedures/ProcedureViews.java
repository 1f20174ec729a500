package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.DiscretionBenchmarkContent;
import cn.zfgs.content.model.ServiceGuideContent;
import cn.zfgs.portal.laws.Citation;
import cn.zfgs.portal.site.PageMeta;

import java.util.List;

/** The view records of the service guide, flowchart, rights notice and discretion benchmark pages. */
public final class ProcedureViews {

    private ProcedureViews() {
    }

    /** A line in a list of procedures: its page, title, agency and what it applies to. */
    public record Line(String href, String title, String agencyName, String note) {
    }

    /** A filterable list page: the lines, the agencies to filter by, the chosen one. */
    public record Listing(String heading, String intro, String path, List<Line> lines, List<Option> agencies,
            Long agency) {
    }

    /** A filter option. */
    public record Option(String value, String label) {
    }

    /** A link to a related page. */
    public record Link(String href, String text) {
    }

    /** 服务指南页. */
    public record Guide(Long id, int version, String title, String agencyName, Long agencyPageId, Link item,
            String acceptingOrgan, String approvingOrgan, String conditions, List<ServiceGuideContent.Material> materials,
            String timeLimit, String fees, String placeAndHours, String progressEnquiry, String consultation,
            String complaints, Chart chart, Link flowchart, Link rightsNotice, String publishedAt, PageMeta meta) {
    }

    /** 流程图页. */
    public record Flowchart(Long id, int version, String title, String typeLabel, String agencyName, Long agencyPageId,
            Chart chart, String publishedAt, PageMeta meta) {
    }

    /** 权利告知页: each right with its period and its legal basis, quoted. */
    public record RightsNotice(Long id, int version, String title, String typeLabel, String agencyName, Long agencyPageId,
            List<Right> rights, String publishedAt, PageMeta meta) {
    }

    /** One right. */
    public record Right(String name, String text, String timeLimit, Citation basis) {
    }

    /** 裁量基准页. */
    public record Benchmark(Long id, String title, String agencyName, Long agencyPageId, String violation,
            List<Citation> legalBases, List<DiscretionBenchmarkContent.Level> levels, String publishedAt,
            PageMeta meta) {
    }
}
