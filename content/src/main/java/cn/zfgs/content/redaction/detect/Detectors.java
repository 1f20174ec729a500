package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * 检测器组 — every detector, set up for one decision's party, run over one text at a time. Findings that overlap are
 * resolved so that what any detector flagged stays hidden: a finding inside another gives way to it, two that
 * partly overlap become one, and of two over the same characters the more specific category wins.
 */
public final class Detectors {

    /** Of two findings over the same characters, the one earlier in this list is kept. */
    private static final List<RedactionCategory> PRIORITY = List.of(RedactionCategory.ID_NUMBER,
            RedactionCategory.BANK_ACCOUNT, RedactionCategory.PHONE, RedactionCategory.EMAIL,
            RedactionCategory.LICENCE_PLATE, RedactionCategory.PERSON_NAME, RedactionCategory.ADDRESS);
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparingInt(f -> priority(f.category()));

    private final List<Detector> detectors;

    private Detectors(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * The detectors for a text about a party of {@code partyKind} (null when there is no party), hiding
     * {@code personNames} wherever they occur (see {@link PersonNames#of}).
     */
    public static Detectors forParty(PartyKind partyKind, Set<String> personNames) {
        List<Detector> all = new ArrayList<>(List.of(new IdNumberDetector(), new BankAccountDetector(),
                new PhoneDetector(), new EmailDetector(), new LicencePlateDetector(), new AddressDetector(partyKind)));
        if (!personNames.isEmpty()) {
            all.add(new PersonNameDetector(personNames));
        }
        return new Detectors(all);
    }

    /** The findings in {@code text}, ordered by position, none overlapping another. */
    public List<Finding> scan(String text) {
        List<Finding> found = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.find(text, found);
        }
        return resolve(found);
    }

    static List<Finding> resolve(List<Finding> found) {
        found.sort(ORDER);
        List<Finding> kept = new ArrayList<>(found.size());
        for (Finding f : found) {
            Finding last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || !last.overlaps(f)) {
                kept.add(f);
            } else if (!last.contains(f)) {
                int end = Math.max(last.end(), f.end());
                kept.set(kept.size() - 1, new Finding(last.start(), end, last.category(),
                        "×".repeat(end - last.start())));
            }
        }
        return kept;
    }

    private static int priority(RedactionCategory category) {
        int at = PRIORITY.indexOf(category);
        return at < 0 ? PRIORITY.size() : at;
    }
}
