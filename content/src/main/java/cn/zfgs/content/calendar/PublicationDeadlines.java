package cn.zfgs.content.calendar;

import cn.zfgs.content.model.DecisionType;
import java.time.LocalDate;

/**
 * 公示时限 — how many working days an agency has to publish an enforcement decision, or to take a published one down.
 *
 * <ul>
 *   <li>行政许可 and 行政处罚 decisions: 7 working days from the decision, every other decision: 20 working days
 *       (国办发〔2018〕118号 on the 行政执法公示 system; 政府信息公开条例 art. 26 sets the same 20 working days for
 *       information published proactively).</li>
 *   <li>A published decision that is revoked, found unlawful or to be remade: withdrawn within 3 working days of the
 *       day the agency learns of it (行政处罚法 art. 48, whose "三日" art. 85 defines as working days).</li>
 * </ul>
 */
public final class PublicationDeadlines {

    public static final int WITHDRAWAL_WORKDAYS = 3;

    private final WorkdayCalendar calendar;

    public PublicationDeadlines(WorkdayCalendar calendar) {
        this.calendar = calendar;
    }

    public static int publicationWorkdays(DecisionType type) {
        return switch (type) {
            case LICENSING, PENALTY -> 7;
            case COERCION, INSPECTION, LEVY, FEE, OTHER -> 20;
        };
    }

    public DueDate publicationDue(DecisionType type, LocalDate decisionDate) {
        return calendar.dueDate(decisionDate, publicationWorkdays(type));
    }

    public DueDate withdrawalDue(LocalDate learnedOn) {
        return calendar.dueDate(learnedOn, WITHDRAWAL_WORKDAYS);
    }

    /** How a decision published on {@code publishedOn} fared against its publication deadline. */
    public Timeliness assessPublication(DecisionType type, LocalDate decisionDate, LocalDate publishedOn) {
        return assess(decisionDate, publicationDue(type, decisionDate), publishedOn);
    }

    /** How a withdrawal done on {@code withdrawnOn} fared against its deadline. */
    public Timeliness assessWithdrawal(LocalDate learnedOn, LocalDate withdrawnOn) {
        return assess(learnedOn, withdrawalDue(learnedOn), withdrawnOn);
    }

    // The period ends with its due date: a publication on the weekend after it is late although, counted in working
    // days, it used no more than allowed.
    private Timeliness assess(LocalDate start, DueDate due, LocalDate actual) {
        Timeliness.Status status = actual.isAfter(due.date()) ? Timeliness.Status.LATE : Timeliness.Status.ON_TIME;
        return new Timeliness(status, calendar.workdaysBetween(start, actual), due);
    }
}
