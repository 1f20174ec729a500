package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 屏蔽建议 — the spans the detectors suggest for a content: every redactable field scanned with the detectors set up
 * for its party (a decision's party kind and names; other content has no party, so no names and only home addresses).
 * Suggestions are for a reviewer to accept or reject; nothing here decides what is published.
 */
public final class RedactionSuggester {

    private RedactionSuggester() {
    }

    /** The detectors for {@code content}'s party. */
    public static Detectors detectorsFor(Content content) {
        if (content instanceof DecisionContent d) {
            return Detectors.forParty(d.partyKind(), PersonNames.of(d.partyKind(), d.partyName(),
                    d.redactableFields().values()));
        }
        return Detectors.forParty(null, Set.of());
    }

    /** The suggested spans of every redactable field, field by field in name order, each field's by position. */
    public static List<RedactionSpan> suggest(Content content) {
        Detectors detectors = detectorsFor(content);
        List<RedactionSpan> spans = new ArrayList<>();
        Map<String, String> fields = new TreeMap<>(content.redactableFields());
        fields.forEach((field, text) -> {
            if (text != null) {
                for (Finding f : detectors.scan(text)) {
                    spans.add(new RedactionSpan(field, f.start(), f.length(), f.category(), f.replacement()));
                }
            }
        });
        return spans;
    }

    /** Whether any detector finds personal data in {@code text} written about {@code kind}'s party. */
    public static boolean containsPersonalData(String text, PartyKind kind, Set<String> personNames) {
        return !Detectors.forParty(kind, personNames).scan(text).isEmpty();
    }
}
