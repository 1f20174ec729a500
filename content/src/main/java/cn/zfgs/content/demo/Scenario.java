package cn.zfgs.content.demo;

import cn.zfgs.content.model.DecisionType;

import java.util.Set;
import java.util.function.Consumer;

/**
 * 案由 — one kind of case an agency decides: the enforcement item it falls under, the decision type, the agencies
 * that handle it, and how its party, facts, legal bases and result are written.
 */
record Scenario(String itemKey, DecisionType type, Set<DemoAgency> agencies, Consumer<CaseFile> writer) {

    Scenario {
        agencies = Set.copyOf(agencies);
    }
}
