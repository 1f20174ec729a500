package cn.zfgs.portal.home;

import cn.zfgs.portal.decisions.DecisionLine;

import java.util.List;

/** 首页 — the figures and lists the home page shows, all from the published model. */
public record HomeView(int year, long decisionsThisYear, List<TypeCount> countsThisYear, List<DecisionLine> latest,
        long agencies, long items, long officers, long decisions, List<Notice> notices) {

    /** 公告 — a recent correction or withdrawal: when, what, and the page that tells more. */
    public record Notice(java.time.Instant when, String at, String kind, String text, String href) {
    }

    /** Decisions of one type this year. */
    public record TypeCount(String label, long count) {
    }
}
