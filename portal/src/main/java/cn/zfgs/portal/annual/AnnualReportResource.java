package cn.zfgs.portal.annual;

import cn.zfgs.content.calendar.EnteredArrangements;
import cn.zfgs.content.model.AnnualReportContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.InspectionOutcome;
import cn.zfgs.content.model.WithdrawalReason;
import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.content.published.PublishedAnnualReport;
import cn.zfgs.content.report.AnnualReport;
import cn.zfgs.content.report.AnnualReports;
import cn.zfgs.content.report.ReportQueries;
import cn.zfgs.portal.agencies.AgencyDirectory;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.errors.PublicInputException;
import cn.zfgs.portal.pdf.DocumentRef;
import cn.zfgs.portal.pdf.PdfDocuments;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.PublicCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 行政执法统计年报 — each agency's enforcement statistics of a year, rolled up over the agencies below it: the report
 * as approved and published when there is one (its figures frozen at approval), otherwise provisional figures counted
 * from the published tables on request, said to be so; as a page with SVG charts and their tables, as a signed PDF
 * and as CSV.
 */
@Path("/annual-reports")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class AnnualReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<IndexLine> agencies, List<Integer> years);

        static native TemplateInstance show(AnnualReportView report);

        static native TemplateInstance pdf(AnnualReportView report, DocumentRef ref);
    }

    /** An agency and the years it can be reported on. */
    public record IndexLine(Long pageId, String name, String level) {
    }

    @Inject
    AnnualReportQueries queries;
    @Inject
    ReportQueries rows;
    @Inject
    EnteredArrangements calendars;
    @Inject
    AgencyDirectory agencies;
    @Inject
    Links links;
    @Inject
    PdfDocuments pdfs;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance index() {
        return Templates.index(agencies.all().stream()
                .map(a -> new IndexLine(a.itemId(), a.name(), a.level().label())).toList(), queries.years());
    }

    @GET
    @Path("/{agency: [^/.]+}/{year: [^/.]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(@PathParam("agency") String agency, @PathParam("year") String year) {
        return Templates.show(view(agency, year));
    }

    @GET
    @Path("/{agency: [^/.]+}/{year: [^/.]+}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("agency") String agency, @PathParam("year") String year) {
        AnnualReportView report = view(agency, year);
        String path = "/annual-reports/" + report.agencyPageId() + "/" + report.year();
        // An approved report is a published item with versions; provisional figures have none: their "version" is
        // the year they cover.
        DocumentRef ref = report.provisional()
                ? new DocumentRef("annual-report", report.agencyPageId(), report.year(), path)
                : new DocumentRef("annual-report-approved", report.approval().itemId(), report.approval().version(),
                        path);
        return pdfs.response(ref, Templates.pdf(report, ref));
    }

    @GET
    @Path("/{agency: [^/.]+}/{year: [^/.]+}.csv")
    @Produces("text/csv")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response csv(@PathParam("agency") String agency, @PathParam("year") String year) {
        Scope scope = scope(agency, year);
        Figures figures = figures(scope);
        AnnualReport r = figures.report().figures();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("执法主体", "年度", "指标", "分项", "数值");
            String name = scope.top().name();
            int y = scope.year();
            csv.printRecord(name, y, "数据状态", figures.approval() == null ? "暂定" : "已审核发布",
                    figures.approval() == null ? "按当前公示信息实时计算，尚未审核发布"
                            : "第 " + figures.approval().version() + " 版，" + figures.approval().publishedAt() + " 发布");
            csv.printRecord(name, y, "执法决定", "合计", r.decisions());
            for (DecisionType t : DecisionType.values()) {
                csv.printRecord(name, y, "按类别", t.label(), count(r.byType(), t));
            }
            for (int m = 0; m < 12; m++) {
                csv.printRecord(name, y, "按月份", (m + 1) + "月", r.byMonth().get(m));
            }
            csv.printRecord(name, y, "罚款", "件数", r.fines().count());
            csv.printRecord(name, y, "罚款", "金额合计（元）", r.fines().total().toPlainString());
            csv.printRecord(name, y, "没收", "金额合计（元）", r.fines().confiscatedTotal().toPlainString());
            for (AnnualReport.Band b : r.fines().distribution()) {
                csv.printRecord(name, y, "罚款金额分布（件数）", b.label(), b.count());
            }
            csv.printRecord(name, y, "行政许可", "准予", r.licencesGranted());
            csv.printRecord(name, y, "行政许可", "不予", r.licencesRefused());
            for (InspectionOutcome o : InspectionOutcome.values()) {
                csv.printRecord(name, y, "随机抽查", o.label(), count(r.inspections(), o));
            }
            csv.printRecord(name, y, "更正", "件数", r.corrections().size());
            for (WithdrawalReason w : WithdrawalReason.values()) {
                csv.printRecord(name, y, "撤回", w.label(), count(r.withdrawals(), w));
            }
            AnnualReport.Timeliness t = r.timeliness();
            csv.printRecord(name, y, "公开时效", "统计件数", t.measured());
            csv.printRecord(name, y, "公开时效", "7 个工作日内公开", t.within7());
            csv.printRecord(name, y, "公开时效", "20 个工作日内公开", t.within20());
            csv.printRecord(name, y, "公开时效", "在法定期限内公开", t.onTime());
            csv.printRecord(name, y, "公开时效", "公开用时中位数（工作日）",
                    t.medianWorkdays() == null ? "" : t.medianWorkdays().toPlainString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + scope.top().itemId() + "-"
                        + scope.year() + ".csv\"")
                .build();
    }

    // A frozen report read back from JSON may lack a key its year had no use for (an enum constant added since).
    private static <K> int count(java.util.Map<K, Integer> counts, K key) {
        return counts.getOrDefault(key, 0);
    }

    /** The agency the address names, the agencies its report covers, and the year. */
    record Scope(PublishedAgency top, List<PublishedAgency> covered, int year) {
    }

    private Scope scope(String agency, String year) {
        Long pageId = PublicErrors.requireId(agency, "执法主体编号");
        if (!year.matches("[0-9]{4}")) {
            throw new PublicInputException(400, "年度格式不正确：应为四位数字的年份，例如 2025");
        }
        int y = Integer.parseInt(year);
        int thisYear = LocalDate.now(AnnualReportQueries.CHINA).getYear();
        if (y > thisYear) {
            throw PublicErrors.notFound(y + " 年尚未开始，没有该年度的统计年报。");
        }
        List<PublishedAgency> all = agencies.all();
        PublishedAgency top = all.stream().filter(a -> a.itemId().equals(pageId)).findFirst()
                .orElseThrow(() -> PublicErrors.notFound("未找到编号为 " + pageId + " 的执法主体。"));
        return new Scope(top, rows.withSubordinates(top, all), y);
    }

    /** The report's figures: as approved and published when there is such a report, else counted now. */
    record Figures(AnnualReportContent report, AnnualReportView.Approval approval) {
    }

    private Figures figures(Scope scope) {
        Optional<PublishedAnnualReport> published = queries.published(scope.top().agencyId(), scope.year());
        if (published.isPresent()) {
            PublishedAnnualReport p = published.get();
            return new Figures(p.report(), new AnnualReportView.Approval(p.itemId(), p.version(),
                    Formats.dateTime(p.publishedAt()), p.changeNote()));
        }
        return new Figures(AnnualReports.compose(scope.year(), scope.covered(), rows.rows(scope.year()),
                calendars.calendar()), null);
    }

    private AnnualReportView view(String agency, String year) {
        Scope scope = scope(agency, year);
        Figures figures = figures(scope);
        AnnualReportContent content = figures.report();
        List<AnnualReportView.AgencyLine> lines = content.agencies().size() == 1 ? List.of()
                : content.agencies().stream().map(a -> new AnnualReportView.AgencyLine(
                        agencies.byAgencyId(a.agencyId()).map(PublishedAgency::itemId).orElse(null), a.name(),
                        a.decisions(), Formats.yuan(a.fineTotal()), a.agencyId() == scope.top().agencyId()))
                        .toList();
        String path = "/annual-reports/" + scope.top().itemId() + "/" + scope.year();
        String title = scope.top().name() + " " + scope.year() + " 年度行政执法统计年报";
        return AnnualReportView.of(scope.top().itemId(), scope.top().name(), content.figures(),
                content.agencies().size() > 1, lines, figures.approval(),
                PageMeta.page(title, title + "：执法决定、罚款、许可、抽查、更正撤回与公开时效", links.absolute(path)));
    }
}
