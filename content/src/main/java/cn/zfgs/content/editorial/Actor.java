package cn.zfgs.content.editorial;

import java.util.Set;

/**
 * 操作人 — a staff member as the workflow rules see them: who, in which agency, with which roles, over which
 * further agencies. A plain value, so rules can be tested without a database.
 */
public record Actor(Long id, String name, Long agencyId, Set<StaffRole> roles, Set<Long> grantedAgencyIds) {

    public Actor {
        roles = Set.copyOf(roles);
        grantedAgencyIds = Set.copyOf(grantedAgencyIds);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** 谁执法谁公示: staff act for their own agency and for the subordinate agencies they were granted. */
    public boolean actsFor(Long agency) {
        return agencyId.equals(agency) || grantedAgencyIds.contains(agency);
    }

    /** How the record chain names this actor. */
    public String recordName() {
        return "staff:" + id + ":" + name;
    }
}
