package cn.zfgs.content.editorial;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 法制审核要点 — the ten points a legal reviewer checks on a major decision. AGREE needs every point answered and
 * the nine lawfulness points satisfied; whether to transfer the case to the judicial organs is a finding, not a pass.
 */
public record LegalReviewChecklist(Map<Point, Boolean> answers) {

    /** The checklist points, in the order reviewers read them. */
    public enum Point {
        AGENCY_COMPETENT("执法主体是否合法"),
        OFFICERS_QUALIFIED("执法人员是否具备执法资格"),
        PROCEDURE_LAWFUL("执法程序是否合法"),
        FACTS_CLEAR("案件事实是否清楚"),
        EVIDENCE_SUFFICIENT("证据是否确实充分"),
        LAW_CORRECTLY_APPLIED("适用法律依据是否准确"),
        DISCRETION_PROPER("是否正确适用裁量基准"),
        WITHIN_AUTHORITY("是否在法定权限内"),
        DOCUMENTS_COMPLETE("执法文书是否完备规范"),
        TRANSFER_TO_JUDICIAL("是否涉嫌犯罪需移送司法机关");

        private final String label;

        Point(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** For TRANSFER_TO_JUDICIAL the recorded answer is a finding, not a pass mark. */
        boolean isLawfulnessCheck() {
            return this != TRANSFER_TO_JUDICIAL;
        }
    }

    public LegalReviewChecklist {
        Map<Point, Boolean> answered = new EnumMap<>(Point.class);
        if (answers != null) {
            answers.forEach((point, answer) -> {
                if (point != null && answer != null) {
                    answered.put(point, answer);
                }
            });
        }
        answers = Map.copyOf(answered);
    }

    /** A checklist with every lawfulness point satisfied and no transfer to the judicial organs. */
    public static LegalReviewChecklist allSatisfied() {
        Map<Point, Boolean> all = new EnumMap<>(Point.class);
        for (Point p : Point.values()) {
            all.put(p, p.isLawfulnessCheck());
        }
        return new LegalReviewChecklist(all);
    }

    void requireAllSatisfied() {
        List<String> problems = new ArrayList<>();
        for (Point p : Point.values()) {
            Boolean answer = answers.get(p);
            if (answer == null) {
                problems.add(p.label() + "：未填写");
            } else if (p.isLawfulnessCheck() && !answer) {
                problems.add(p.label() + "：未通过");
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("法制审核同意前，审核要点须全部填写且通过：" + String.join("；", problems));
        }
    }

    String toJson() {
        return answers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "\"" + e.getKey().name() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
