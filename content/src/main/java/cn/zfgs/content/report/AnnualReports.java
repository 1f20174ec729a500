package cn.zfgs.content.report;

import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.model.AnnualReportContent;
import cn.zfgs.content.published.PublishedAgency;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** 年报编制 — an agency's report of a year over the agencies it covers, with each covered agency's own line. */
public final class AnnualReports {

    private AnnualReports() {
    }

    /** {@code covered}: the reporting agency first, then the agencies below it (see {@link ReportQueries}). */
    public static AnnualReportContent compose(int year, List<PublishedAgency> covered, ReportRows rows,
            WorkdayCalendar calendar) {
        Set<Long> ids = covered.stream().map(PublishedAgency::agencyId).collect(Collectors.toSet());
        AnnualReport total = AnnualReport.of(year, ids, rows, calendar);
        List<AnnualReportContent.AgencyFigures> lines = covered.stream().map(a -> {
            AnnualReport own = covered.size() == 1 ? total : AnnualReport.of(year, Set.of(a.agencyId()), rows, calendar);
            return new AnnualReportContent.AgencyFigures(a.agencyId(), a.name(), own.decisions(),
                    own.fines().total());
        }).toList();
        return new AnnualReportContent(year, covered.get(0).name(), total, lines);
    }
}
