package cn.zfgs.portal.support;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.model.AgencyLevel;
import cn.zfgs.content.model.CreditCode;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A fresh agency with one staff member per role for each test, so tests never share mutable state. */
@ApplicationScoped
public class Fixtures {

    private static final String COMPANY_CODE = "91360100MA35XK2Q4" + CreditCode.checkCharacter("91360100MA35XK2Q4");

    @Inject
    EntityManager em;

    /** The staff of one test agency. */
    public record Team(Long agencyId, Actor editor, Actor reviewer, Actor legalReviewer, Actor approver,
            Actor secondApprover, Actor administrator, Actor outsider) {
    }

    @Transactional
    public Team team() {
        int n = serial();
        Agency agency = new Agency(String.format("11360000T%09d", n), "测试市场监督管理局" + n, AgencyLevel.CITY,
                "360100", "江西省南昌市", null, "测市监罚", Instant.now());
        em.persist(agency);
        Agency other = new Agency(String.format("11360000U%09d", n), "其他测试局" + n, AgencyLevel.CITY,
                "360200", "江西省景德镇市", null, "测他罚", Instant.now());
        em.persist(other);
        return new Team(agency.id(),
                staff("editor", n, agency, EnumSet.of(StaffRole.EDITOR)),
                staff("reviewer", n, agency, EnumSet.of(StaffRole.REVIEWER)),
                staff("legal", n, agency, EnumSet.of(StaffRole.LEGAL_REVIEWER)),
                staff("approver", n, agency, EnumSet.of(StaffRole.APPROVER)),
                staff("approver2", n, agency, EnumSet.of(StaffRole.APPROVER)),
                staff("admin", n, agency, EnumSet.of(StaffRole.ADMINISTRATOR)),
                staff("outsider", n, other, EnumSet.allOf(StaffRole.class)));
    }

    /** One more member of the team's agency, holding {@code roles}. */
    @Transactional
    public Actor colleague(Team team, String name, Set<StaffRole> roles) {
        int n = serial();
        return staff(name, n, em.find(Agency.class, team.agencyId()), roles);
    }

    /** A member of the team's agency who can sign in with {@code password}; returns the username. */
    @Transactional
    public String account(Team team, String name, Set<StaffRole> roles, String password) {
        int n = serial();
        StaffAccount account = new StaffAccount("t" + n + "." + name, "测试" + name, BcryptUtil.bcryptHash(password),
                team.agencyId(), roles, Instant.now());
        em.persist(account);
        return account.username();
    }

    /**
     * A number no earlier fixture of this database used (agency codes and usernames are unique), drawn from the staff
     * accounts' own id sequence: restarts of the test application within one run reset every static counter, the
     * database's sequence never repeats (a drawn value is a harmless gap in the ids).
     */
    private int serial() {
        return ((Number) em.createNativeQuery("SELECT nextval(pg_get_serial_sequence('staff_account', 'id'))")
                .getSingleResult()).intValue();
    }

    private Actor staff(String role, int n, Agency agency, Set<StaffRole> roles) {
        StaffAccount account = new StaffAccount("t" + n + "." + role, "测试" + role, "not-a-login",
                agency.id(), roles, Instant.now());
        em.persist(account);
        return account.asActor();
    }

    /** A penalty decision against a company; {@code fine} decides whether it is major (≥ 100,000). */
    public static DecisionContent penalty(String documentNumber, BigDecimal fine) {
        return new DecisionContent(documentNumber, DecisionType.PENALTY, "江西测试医药有限公司",
                PartyKind.LEGAL_PERSON, COMPANY_CODE, null,
                "经查，当事人在经营场所销售超过有效期的药品，货值金额较小。", List.of("《药品管理法》第九十八条"),
                "罚款" + fine + "元。", fine, null, LocalDate.of(2026, 3, 2), false, false);
    }
}
