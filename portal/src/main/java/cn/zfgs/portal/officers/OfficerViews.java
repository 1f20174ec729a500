package cn.zfgs.portal.officers;

import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.published.PublishedOfficer;
import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.Formats;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.Paging;

import java.time.LocalDate;
import java.util.List;

/** The view records of the officer roster, officer pages and the verification page. */
public final class OfficerViews {

    private OfficerViews() {
    }

    /**
     * 执法证状态 as the public sees it today: the published status, except that a certificate past its validity is
     * shown as expired whatever its status says.
     */
    public enum Standing {
        VALID("有效", "该执法证有效，持证人可以在证件载明的执法类别和区域内从事行政执法活动。"),
        SUSPENDED("暂停执法", "该执法证已被暂停使用，持证人目前不得从事行政执法活动。"),
        REVOKED("已注销", "该执法证已注销（持证人退休、调离或因其他原因不再从事行政执法），不得再用于执法。"),
        EXPIRED("已过有效期", "该执法证已超过有效期，持证人不得凭此证从事行政执法活动。"),
        UNKNOWN("未查到", "本平台公示的执法人员名册中没有该执法证号。请核对证号；如对执法人员身份有疑问，可向其所属机关或监督电话核实。");

        private final String label;
        private final String explanation;

        Standing(String label, String explanation) {
            this.label = label;
            this.explanation = explanation;
        }

        public String label() {
            return label;
        }

        public String explanation() {
            return explanation;
        }

        public String cssClass() {
            return name().toLowerCase();
        }

        public static Standing of(PublishedOfficer o, LocalDate today) {
            if (o.status() == OfficerStatus.REVOKED) {
                return REVOKED;
            }
            if (o.status() == OfficerStatus.SUSPENDED) {
                return SUSPENDED;
            }
            return o.validUntil() != null && o.validUntil().isBefore(today) ? EXPIRED : VALID;
        }
    }

    /** A roster line. */
    public record Line(Long id, String name, String certificateNumber, String agencyName, String category,
            String regionName, String standing, String standingClass) {

        static Line of(PublishedOfficer o, LocalDate today) {
            Standing s = Standing.of(o, today);
            return new Line(o.itemId(), o.name(), o.certificateNumber(), o.agencyName(), o.category(),
                    o.regionName(), s.label(), s.cssClass());
        }
    }

    /** 执法人员名册 with its filters. */
    public record Roster(String heading, boolean legalReviewers, List<Line> officers, List<Filters.Option> agencies,
            Long agency, List<String> categories, String category, List<String> regions, String region, String q,
            Paging paging) {
    }

    /**
     * 执法人员名册 of one agency, as a PDF: every officer the public roster lists for it, with the same columns, and
     * {@code version} the publication-log sequence of the last change to its officers.
     */
    public record AgencyRoster(Long agencyPageId, String agencyName, List<Line> officers, int version,
            String asOf, PageMeta meta) {
    }

    /** 执法人员页: what the roster publishes about one officer, and the certificate's QR code. */
    public record Officer(Long id, String name, String certificateNumber, String agencyName, Long agencyPageId,
            String category, String regionName, String standing, String standingClass, String validFrom,
            String validUntil, boolean legalReviewer, String verifyHref, List<String> changeNotes, PageMeta meta) {
    }

    /** 核验结果: the certificate asked about and, when found, the public facts of its holder. */
    public record Verification(String certificate, String standing, String standingClass, String explanation,
            String name, String agencyName, Long agencyPageId, String category, String regionName, String validity) {

        static Verification unknown(String certificate) {
            return new Verification(certificate, Standing.UNKNOWN.label(), Standing.UNKNOWN.cssClass(),
                    Standing.UNKNOWN.explanation(), null, null, null, null, null, null);
        }

        static Verification of(String certificate, PublishedOfficer o, Long agencyPageId, LocalDate today) {
            Standing s = Standing.of(o, today);
            return new Verification(certificate, s.label(), s.cssClass(), s.explanation(), o.name(), o.agencyName(),
                    agencyPageId, o.category(), o.regionName(),
                    Formats.date(o.validFrom()) + " 至 " + Formats.date(o.validUntil()));
        }
    }
}
