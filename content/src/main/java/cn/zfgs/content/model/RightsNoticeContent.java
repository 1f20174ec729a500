package cn.zfgs.content.model;

import java.util.List;

/** 权利告知 — the rights a party has in a procedure: statement, defence, hearing, reconsideration, litigation. */
public record RightsNoticeContent(String title, DecisionType itemType, List<Right> rights) implements Content {

    /** 一项权利 — its name, what it means, and the period within which it must be exercised. */
    public record Right(String name, String text, String timeLimit, String legalBasis) {
    }

    public RightsNoticeContent {
        rights = List.copyOf(rights);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.RIGHTS_NOTICE;
    }
}
