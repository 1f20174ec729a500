package cn.zfgs.content.demo;

import cn.zfgs.content.calendar.PublicationDeadlines;
import cn.zfgs.content.calendar.Timeliness;
import cn.zfgs.content.calendar.WorkdayCalendar;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.workflow.ContentValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.zfgs.content.demo.DecisionFactoryTest.DEMO;
import static cn.zfgs.content.demo.DecisionFactoryTest.LAWS;
import static cn.zfgs.content.demo.DecisionFactoryTest.SLOTS;
import static cn.zfgs.content.demo.DecisionFactoryTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionStoryTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.official();
    private static final PublicationDeadlines DEADLINES = new PublicationDeadlines(CALENDAR);
    private static final List<DecisionStory> STORIES = stories();

    private static List<DecisionStory> stories() {
        List<DecisionStory> stories = new ArrayList<>();
        for (int i = 0; i < SLOTS.size(); i++) {
            stories.add(DecisionStory.plan(SLOTS.get(i), DEMO.get(i), DecisionFactory.DEMO_SEED));
        }
        return stories;
    }

    @Test
    void createdTheNextWorkingDayAndApprovedOneToNineWorkingDaysAfterTheDecision() {
        for (DecisionStory story : STORIES) {
            DecisionContent c = story.decision().content();
            assertThat(story.created()).isEqualTo(CALENDAR.addWorkdays(c.decisionDate(), 1));
            assertThat(story.reviewed()).isBetween(story.created(), story.approved());
            assertThat(CALENDAR.workdaysBetween(c.decisionDate(), story.approved())).isBetween(1, 9);
        }
        long late = STORIES.stream().filter(DecisionStoryTest::late).count();
        assertThat(late).isBetween(3L, STORIES.size() / 10L);
    }

    @Test
    void aRejectedDraftLacksOnlyTheBasisTheReviewerAsksFor() {
        List<DecisionStory> rejected = STORIES.stream().filter(s -> s.rejection() != null).toList();
        assertThat(rejected).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rejected.stream().map(s -> s.rejection().stage()).distinct())
                .containsExactlyInAnyOrder(DecisionStory.Rejection.Stage.values());
        for (DecisionStory story : rejected) {
            DecisionContent draft = story.rejection().draftOf(story.firstVersion());
            assertThat(story.firstVersion().legalBases()).contains(story.rejection().missingBasis());
            assertThat(draft.legalBases()).hasSize(story.firstVersion().legalBases().size() - 1)
                    .doesNotContain(story.rejection().missingBasis());
            assertThat(draft.redactableFields()).isEqualTo(story.firstVersion().redactableFields());
            assertThat(story.rejection().reasons()).contains(story.rejection().missingBasis());
            assertThat(ContentValidator.check(draft, LAWS, TODAY)).isEmpty();
        }
    }

    @Test
    void aCorrectedDecisionWasFirstPublishedWithAnErrorInAStructuredFieldOnly() {
        List<DecisionStory> corrected = STORIES.stream().filter(s -> s.correction() != null).toList();
        assertThat(corrected).hasSizeGreaterThanOrEqualTo(5);
        for (DecisionStory story : corrected) {
            DecisionContent first = story.firstVersion();
            DecisionContent fixed = story.decision().content();
            assertThat(first).isNotEqualTo(fixed);
            assertThat(first.redactableFields()).isEqualTo(fixed.redactableFields());
            assertThat(ContentValidator.check(first, LAWS, TODAY)).isEmpty();
            assertThat(story.correction().changeNote()).startsWith("原公示的").endsWith("。");
            assertThat(story.correction().created()).isAfter(story.approved());
            assertThat(story.correction().approved()).isAfterOrEqualTo(story.correction().reviewed())
                    .isAfterOrEqualTo(story.correction().created());
            assertThat(story.takedown()).isNull();
        }
    }

    @Test
    void withdrawalsNameAStatutoryReasonAndTheirDocument() {
        List<DecisionStory> withdrawn = STORIES.stream().filter(s -> s.takedown() != null).toList();
        assertThat(withdrawn).hasSizeGreaterThanOrEqualTo(5);
        for (DecisionStory story : withdrawn) {
            DecisionStory.Takedown takedown = story.takedown();
            assertThat(takedown.reason().hasStatutoryDeadline()).isTrue();
            assertThat(takedown.basisDocument()).isNotBlank().hasSizeLessThanOrEqualTo(200).endsWith("号）");
            assertThat(takedown.learnedOn()).isAfter(story.approved());
            assertThat(CALENDAR.workdaysBetween(takedown.learnedOn(), takedown.withdrawnOn())).isBetween(0, 4);
        }
        assertThat(withdrawn).anyMatch(s -> DEADLINES.assessWithdrawal(s.takedown().learnedOn(),
                s.takedown().withdrawnOn()).status() == Timeliness.Status.ON_TIME);
    }

    @Test
    void someCountyDecisionsGoToTheCitysLegalReviewer() {
        assertThat(STORIES).anyMatch(DecisionStory::cityLegalReviewer);
        assertThat(STORIES).filteredOn(DecisionStory::cityLegalReviewer)
                .allMatch(s -> s.decision().content().documentNumber().startsWith("进市监"));
    }

    private static boolean late(DecisionStory story) {
        DecisionContent c = story.decision().content();
        return story.approved().isAfter(DEADLINES.publicationDue(c.decisionType(), c.decisionDate()).date());
    }
}
