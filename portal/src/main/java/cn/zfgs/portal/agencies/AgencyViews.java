package cn.zfgs.portal.agencies;

import cn.zfgs.content.published.PublishedAgency;
import cn.zfgs.portal.site.PageMeta;

import java.util.List;

/** The view records of the agency pages. */
public final class AgencyViews {

    private AgencyViews() {
    }

    /** 执法主体树 — an agency and those under it. */
    public record Node(Long id, String name, String levelLabel, String regionName, List<Node> children) {
    }

    /** A link to another agency. */
    public record AgencyLink(Long id, String name) {

        static AgencyLink of(PublishedAgency a) {
            return a == null ? null : new AgencyLink(a.itemId(), a.name());
        }
    }

    /** 执法主体页 — the published profile and the ways into everything the agency publishes. */
    public record Profile(Long id, String name, String code, String levelLabel, String regionName,
            AgencyLink parent, List<AgencyLink> children, String legalAuthority, String duties, String address,
            String phone, String officeHours, String supervisionChannel, String complaintChannel,
            long items, long officers, long decisions, long guides, String publishedAt, PageMeta meta) {
    }

    /**
     * 岗位信息公示牌 — what a service window of the agency shows the public: the officers on duty there (name,
     * certificate number, enforcement category: what the roster publishes), the guides handled there, and how to
     * enquire about progress, ask and complain. {@code version} is the publication-log sequence of the last change
     * to any of it.
     */
    public record Board(Long id, String agencyName, String address, String phone, String officeHours,
            List<BoardOfficer> officers, List<BoardGuide> guides, List<String> progressEnquiry,
            List<String> consultation, List<String> complaints, String supervisionChannel, int version,
            String asOf, PageMeta meta) {
    }

    /** An officer on the board: name, certificate number and duty (the enforcement category and region). */
    public record BoardOfficer(String name, String certificateNumber, String duty) {
    }

    /** A guide handled at the window. */
    public record BoardGuide(Long id, String title, String timeLimit, String placeAndHours) {
    }
}
