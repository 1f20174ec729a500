package cn.zfgs.content.demo;

import cn.zfgs.content.demo.DemoParties.Planted;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.redaction.RedactionSpan;
import cn.zfgs.content.redaction.Redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * 执法决定生成器 — writes the decision of one {@link DecisionSchedule.Slot}: a case of the slot's agency and type, its
 * party, facts that read like a case summary and cite the law, real legal bases, a result consistent with the fine
 * and confiscated amounts, and the redaction spans of every personal value planted in it. Pure and deterministic:
 * the same seed and slot give the same decision, whatever was generated before — which is what lets the demo
 * loader and the bulk generator share it.
 */
public final class DecisionFactory {

    /** The seed of the shipped demo. */
    public static final long DEMO_SEED = 20_261_120L;

    /** 生成的决定 — the content, the spans to confirm before submission, what they hide, and the item it falls under. */
    public record GeneratedDecision(DecisionContent content, List<RedactionSpan> spans, List<Planted> personalData,
            String itemKey) {

        public GeneratedDecision {
            spans = List.copyOf(spans);
            personalData = List.copyOf(personalData);
        }

        /** The public projection: the content with all its spans applied. */
        public DecisionContent redacted() {
            return (DecisionContent) Redactor.project(content, spans);
        }
    }

    private static final List<Scenario> SCENARIOS = List.copyOf(scenarioList());
    private static final int ATTEMPTS = 20;

    private final long seed;
    private final BiFunction<DemoAgency, String, Long> itemIds;

    /**
     * @param itemIds the content item id of an agency's enforcement item, by the item's key in {@link DemoItems};
     *                null when the item is not in the database
     */
    public DecisionFactory(long seed, BiFunction<DemoAgency, String, Long> itemIds) {
        this.seed = seed;
        this.itemIds = itemIds;
    }

    public GeneratedDecision decision(DecisionSchedule.Slot slot) {
        Random random = new Random(mix(seed, slot.index()));
        List<Scenario> options = scenarios(slot.agency(), slot.type());
        if (options.isEmpty()) {
            throw new IllegalArgumentException(slot.agency() + " has no cases of type " + slot.type());
        }
        // A planted name can, rarely, also occur inside other text (a 字号, a place); draw again until it does not.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Scenario scenario = options.get(random.nextInt(options.size()));
            CaseFile file = new CaseFile(random, slot);
            scenario.writer().accept(file);
            GeneratedDecision decision = file.finish(scenario.itemKey(),
                    itemIds.apply(slot.agency(), scenario.itemKey()));
            if (!leaks(decision)) {
                return decision;
            }
        }
        throw new IllegalStateException("no decision without leftover personal data for slot " + slot);
    }

    /** The cases an agency decides with a decision of the given type. */
    static List<Scenario> scenarios(DemoAgency agency, DecisionType type) {
        return SCENARIOS.stream().filter(s -> s.type() == type && s.agencies().contains(agency)).toList();
    }

    /** Whether any planted value survives in the projection. */
    static boolean leaks(GeneratedDecision decision) {
        Content projected = decision.redacted();
        return decision.personalData().stream().map(Planted::value).anyMatch(value ->
                projected.redactableFields().values().stream().anyMatch(text -> text.contains(value)));
    }

    /** SplitMix64 of seed and index: neighbouring indexes get unrelated random streams. */
    static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<Scenario> scenarioList() {
        List<Scenario> all = new ArrayList<>(DrugCases.scenarios());
        all.addAll(FoodCases.scenarios());
        all.addAll(MarketCases.scenarios());
        all.addAll(HealthCases.scenarios());
        return all;
    }
}
