package cn.zfgs.portal.decisions;

import cn.zfgs.portal.site.Filters;
import cn.zfgs.portal.site.Paging;

import java.util.List;

/** 执法决定列表 — one page of decisions with the filters that chose it. */
public record DecisionList(List<DecisionLine> decisions, List<Filters.Option> types, String type,
        List<Filters.Option> agencies, Long agency, List<Integer> years, Integer year, Paging paging, String feed) {
}
