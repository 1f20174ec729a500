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

    /** The working-day calendar these deadlines are counted with. */
    public WorkdayCalendar calendar() {
        return calendar;
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

    /**
     * 期限状态 of a decision on {@code today}: not yet public — due within {@code soonWorkdays} working days (or
     * today), overdue, or still some way off — or public, on time or late. The figure is the working days left, past
     * due, or published after the due date.
     */
    public Standing standing(LocalDate due, LocalDate publishedOn, LocalDate today, int soonWorkdays) {
        if (publishedOn != null) {
            return publishedOn.isAfter(due) ? new Standing(Standing.Status.LATE, calendar.workdaysBetween(due,
                    publishedOn)) : new Standing(Standing.Status.ON_TIME, 0);
        }
        if (today.isAfter(due)) {
            return new Standing(Standing.Status.OVERDUE, calendar.workdaysBetween(due, today));
        }
        int left = calendar.workdaysBetween(today, due);
        return new Standing(left <= soonWorkdays ? Standing.Status.DUE_SOON : Standing.Status.OPEN, left);
    }

    /** Where a decision stands against its publication deadline, and by how many working days. */
    public record Standing(Status status, int workdays) {

        public enum Status {
            /** 待发布 — not public yet, the deadline some way off. */
            OPEN("待发布"),
            /** 即将到期 — not public yet, due within a few working days. */
            DUE_SOON("即将到期"),
            /** 已逾期 — not public, and the due date has passed. */
            OVERDUE("已逾期"),
            /** 按时发布. */
            ON_TIME("按时发布"),
            /** 逾期发布 — published after its due date. */
            LATE("逾期发布");

            private final String label;

            Status(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }
    }

    // The period ends with its due date: a publication on the weekend after it is late although, counted in working
    // days, it used no more than allowed.
    private Timeliness assess(LocalDate start, DueDate due, LocalDate actual) {
        Timeliness.Status status = actual.isAfter(due.date()) ? Timeliness.Status.LATE : Timeliness.Status.ON_TIME;
        return new Timeliness(status, calendar.workdaysBetween(start, actual), due);
    }
}
