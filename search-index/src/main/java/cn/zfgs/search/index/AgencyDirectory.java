package cn.zfgs.search.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 执法主体目录 — the published agencies' names, regions and hierarchy, which every document needs for its agency
 * and region facets. Built from the current {@code pub_agency} rows.
 */
public final class AgencyDirectory {

    /** One published agency: its id, the item id of its published profile, name, region and superior. */
    public record Agency(long id, long profileItemId, String name, String regionCode, String regionName, Long parentId) {
    }

    private final Map<Long, Agency> byId;
    private final Map<String, String> regionNames;

    public AgencyDirectory(List<Agency> agencies) {
        Map<Long, Agency> ids = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        for (Agency a : agencies) {
            ids.put(a.id(), a);
            regions.putIfAbsent(a.regionCode(), a.regionName());
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.regionNames = Collections.unmodifiableMap(regions);
    }

    public Agency agency(long id) {
        return byId.get(id);
    }

    public String name(long id) {
        Agency a = byId.get(id);
        return a == null ? null : a.name();
    }

    /** The agency and its superiors, nearest first; stops at an unknown agency or a cycle. */
    public List<String> path(long agencyId) {
        Set<Long> seen = new LinkedHashSet<>();
        Long at = agencyId;
        while (at != null && seen.add(at)) {
            Agency a = byId.get(at);
            at = a == null ? null : a.parentId();
        }
        return seen.stream().map(String::valueOf).toList();
    }

    /** The agency and every agency below it. */
    public Set<Long> subtree(long agencyId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Agency a : byId.values()) {
            if (path(a.id()).contains(String.valueOf(agencyId))) {
                ids.add(a.id());
            }
        }
        ids.add(agencyId);
        return ids;
    }

    /** 行政区划 code with the codes of its city and province: 360124 → 360124, 360100, 360000. */
    public static List<String> regionPath(String code) {
        if (code == null || code.length() != 6) {
            return List.of();
        }
        Set<String> path = new LinkedHashSet<>();
        path.add(code);
        path.add(code.substring(0, 4) + "00");
        path.add(code.substring(0, 2) + "0000");
        return new ArrayList<>(path);
    }

    /** A region's name as the agencies publish it, or null when no agency is there. */
    public String regionName(String code) {
        return regionNames.get(code);
    }

    public List<Agency> all() {
        return List.copyOf(byId.values());
    }
}
