package cn.zfgs.content.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zfgs.content.editorial.LegalReviewChecklist.Point;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 法制审核要点: AGREE needs all ten points answered and the nine lawfulness points satisfied. */
class LegalReviewChecklistTest {

    private static final String PREFIX = "法制审核同意前，审核要点须全部填写且通过：";

    private static Map<Point, Boolean> allSatisfiedAnswers() {
        return new EnumMap<>(LegalReviewChecklist.allSatisfied().answers());
    }

    @Test
    void theFullChecklistAnswersEveryPointAndTransfersNothing() {
        Map<Point, Boolean> answers = LegalReviewChecklist.allSatisfied().answers();

        assertThat(answers).hasSize(10).containsKeys(Point.values());
        assertThat(answers).containsEntry(Point.TRANSFER_TO_JUDICIAL, false);
        assertThat(answers.entrySet()).filteredOn(e -> e.getKey() != Point.TRANSFER_TO_JUDICIAL)
                .allSatisfy(e -> assertThat(e.getValue()).isTrue());
        assertThatCode(() -> LegalReviewChecklist.allSatisfied().requireAllSatisfied()).doesNotThrowAnyException();
    }

    @Test
    void aSuspectedCrimeToTransferIsAFindingNotAFailure() {
        Map<Point, Boolean> answers = allSatisfiedAnswers();
        answers.put(Point.TRANSFER_TO_JUDICIAL, true);

        assertThatCode(() -> new LegalReviewChecklist(answers).requireAllSatisfied()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(Point.class)
    void everyPointMustBeAnswered(Point point) {
        Map<Point, Boolean> answers = allSatisfiedAnswers();
        answers.remove(point);

        assertThatThrownBy(() -> new LegalReviewChecklist(answers).requireAllSatisfied())
                .isExactlyInstanceOf(WorkflowException.class)
                .hasMessage(PREFIX + point.label() + "：未填写");
    }

    @ParameterizedTest
    @EnumSource(value = Point.class, names = "TRANSFER_TO_JUDICIAL", mode = EnumSource.Mode.EXCLUDE)
    void everyLawfulnessPointMustPass(Point point) {
        Map<Point, Boolean> answers = allSatisfiedAnswers();
        answers.put(point, false);

        assertThatThrownBy(() -> new LegalReviewChecklist(answers).requireAllSatisfied())
                .isExactlyInstanceOf(WorkflowException.class)
                .hasMessage(PREFIX + point.label() + "：未通过");
    }

    @Test
    void theMessageListsEveryFailingPointInReadingOrder() {
        Map<Point, Boolean> answers = allSatisfiedAnswers();
        answers.remove(Point.TRANSFER_TO_JUDICIAL);
        answers.put(Point.EVIDENCE_SUFFICIENT, false);
        answers.remove(Point.AGENCY_COMPETENT);

        assertThatThrownBy(() -> new LegalReviewChecklist(answers).requireAllSatisfied())
                .hasMessage(PREFIX + "执法主体是否合法：未填写；证据是否确实充分：未通过；是否涉嫌犯罪需移送司法机关：未填写");
    }

    @Test
    void anEmptyChecklistListsAllTenPoints() {
        assertThatThrownBy(() -> new LegalReviewChecklist(Map.of()).requireAllSatisfied())
                .hasMessageStartingWith(PREFIX)
                .satisfies(e -> assertThat(e.getMessage().split("；")).hasSize(10));
    }

    @Test
    void theChecklistIsRecordedInReadingOrder() {
        Map<Point, Boolean> answers = new EnumMap<>(Point.class);
        answers.put(Point.TRANSFER_TO_JUDICIAL, true);
        answers.put(Point.AGENCY_COMPETENT, false);

        assertThat(new LegalReviewChecklist(answers).toJson())
                .isEqualTo("{\"AGENCY_COMPETENT\":false,\"TRANSFER_TO_JUDICIAL\":true}");
        assertThat(new LegalReviewChecklist(Map.of()).toJson()).isEqualTo("{}");
    }

    @Test
    void theChecklistIsACopyOfTheAnswersGiven() {
        Map<Point, Boolean> answers = allSatisfiedAnswers();
        LegalReviewChecklist checklist = new LegalReviewChecklist(answers);

        answers.put(Point.FACTS_CLEAR, false);

        assertThatCode(checklist::requireAllSatisfied).doesNotThrowAnyException();
    }

    /** Any answers: accepted exactly when all ten are answered and the nine lawfulness points are true. */
    @Property(seed = "20240301", tries = 500)
    void agreementIsPossibleExactlyWhenEveryPointIsAnsweredAndEveryLawfulnessPointPasses(
            @ForAll("answers") Map<Point, Boolean> answers) {
        List<String> expectedProblems = new ArrayList<>();
        for (Point p : Point.values()) {
            if (!answers.containsKey(p)) {
                expectedProblems.add(p.label() + "：未填写");
            } else if (p != Point.TRANSFER_TO_JUDICIAL && !answers.get(p)) {
                expectedProblems.add(p.label() + "：未通过");
            }
        }
        LegalReviewChecklist checklist = new LegalReviewChecklist(answers);

        if (expectedProblems.isEmpty()) {
            assertThatCode(checklist::requireAllSatisfied).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(checklist::requireAllSatisfied)
                    .isExactlyInstanceOf(WorkflowException.class)
                    .hasMessage(PREFIX + String.join("；", expectedProblems));
        }
    }

    @Provide
    Arbitrary<Map<Point, Boolean>> answers() {
        // per point: unanswered, true or false; mostly true, so that the accepted case comes up often enough
        Arbitrary<String> answer = Arbitraries.frequency(Tuple.of(1, "unanswered"), Tuple.of(8, "true"),
                Tuple.of(1, "false"));
        return answer.list().ofSize(Point.values().length).map(list -> {
            Map<Point, Boolean> answers = new EnumMap<>(Point.class);
            for (Point p : Point.values()) {
                String a = list.get(p.ordinal());
                if (!a.equals("unanswered")) {
                    answers.put(p, Boolean.valueOf(a));
                }
            }
            return answers;
        });
    }
}
