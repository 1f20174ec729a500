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
}
