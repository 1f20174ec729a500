package cn.zfgs.content.staff;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.Agency;
import cn.zfgs.content.editorial.StaffAccount;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.editorial.WorkflowException;
import cn.zfgs.content.record.RecordAction;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.InvalidContentException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 人员与机关管理 — what a 系统管理员 does to staff accounts and agencies, each change checked against the rules of
 * {@link StaffDetails} and {@link AgencyDetails}, done whole or not at all, and appended to the full-process record
 * (never a password or its hash).
 */
@ApplicationScoped
public class StaffAdministration {

    @Inject
    EntityManager em;
    @Inject
    RecordChain record;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyTree agencies() {
        return new AgencyTree(em.createQuery("SELECT id, parentId, name FROM Agency", Object[].class)
                .getResultList().stream()
                .map(r -> new AgencyTree.Node((Long) r[0], (Long) r[1], (String) r[2]))
                .toList());
    }

    @Transactional
    public StaffAccount createStaff(Actor admin, StaffDetails details, String password, String confirmation,
            Instant at) {
        requireAdministrator(admin);
        List<FieldError> errors = new ArrayList<>(details.check(admin, agencies(), null, Set.of()));
        errors.addAll(Passwords.check(password, confirmation));
        if (!em.createQuery("SELECT id FROM StaffAccount WHERE lower(username) = lower(:u)", Long.class)
                .setParameter("u", details.username()).getResultList().isEmpty()) {
            errors.add(new FieldError("username", "用户名：“" + details.username() + "”已被使用"));
        }
        refuseIf(errors);
        StaffAccount account = new StaffAccount(details.username(), details.displayName(),
                BcryptUtil.bcryptHash(password), details.agencyId(), details.roles(), at);
        details.grantedAgencyIds().forEach(account::grantAgency);
        em.persist(account);
        em.flush();
        record.append(admin.recordName(), RecordAction.ADMINISTER, "staff:" + account.id(),
                "create;" + details.describe(), at);
        return account;
    }

    @Transactional
    public void updateStaff(Actor admin, Long staffId, StaffDetails details, Instant at) {
        StaffAccount account = staffInScope(admin, staffId);
        StaffDetails kept = new StaffDetails(account.username(), details.displayName(), details.agencyId(),
                details.roles(), details.grantedAgencyIds());
        refuseIf(kept.check(admin, agencies(), staffId, account.grantedAgencyIds()));
        account.assign(kept.displayName(), kept.agencyId(), kept.roles(), kept.grantedAgencyIds());
        record.append(admin.recordName(), RecordAction.ADMINISTER, "staff:" + staffId, "update;" + kept.describe(),
                at);
    }

    /** 重置密码: also unlocks the account and ends its sessions, so whoever held the old password is out. */
    @Transactional
    public void resetPassword(Actor admin, Long staffId, String password, String confirmation, Instant at) {
        StaffAccount account = staffInScope(admin, staffId);
        refuseIf(Passwords.check(password, confirmation));
        account.resetPassword(BcryptUtil.bcryptHash(password));
        endSessions(staffId, at);
        record.append(admin.recordName(), RecordAction.ADMINISTER, "staff:" + staffId, "reset-password", at);
    }

    @Transactional
    public void unlock(Actor admin, Long staffId, Instant at) {
        staffInScope(admin, staffId).unlock();
        record.append(admin.recordName(), RecordAction.ADMINISTER, "staff:" + staffId, "unlock", at);
    }

    /**
     * 重置动态口令 for someone who lost their phone: the next sign-in asks for the password only, and they (or, where
     * it is required, the sign-in itself) set up a new one.
     */
    @Transactional
    public void resetTotp(Actor admin, Long staffId, Instant at) {
        staffInScope(admin, staffId).resetTotp();
        record.append(admin.recordName(), RecordAction.ADMINISTER, "staff:" + staffId, "reset-totp", at);
    }

    /** 开始设置动态口令, for oneself: a new secret to scan; nothing changes for signing in until it is confirmed. */
    @Transactional
    public String beginTotp(Actor self) {
        return em.find(StaffAccount.class, self.id()).beginTotpEnrolment();
    }

    /** 完成设置: the code from the app proves it holds the secret; from now on signing in asks for a code. */
    @Transactional
    public void confirmTotp(Actor self, String code, Instant at) {
        StaffAccount account = em.find(StaffAccount.class, self.id());
        if (account.pendingTotpSecret() == null) {
            throw new WorkflowException("没有正在设置的动态口令，请先点“开始设置”");
        }
        if (!account.confirmTotpEnrolment(code, at)) {
            refuseIf(List.of(new FieldError("code", "动态口令：与验证器应用当前显示的 6 位数字不符，请核对手机时间后重新输入")));
        }
        record.append(self.recordName(), RecordAction.ADMINISTER, "staff:" + self.id(), "enrol-totp", at);
    }

    /** 关闭动态口令, for oneself, with a current code; not where administrators are required to have one. */
    @Transactional
    public void disableTotp(Actor self, String code, boolean requiredForAdministrators, Instant at) {
        if (requiredForAdministrators && self.has(StaffRole.ADMINISTRATOR)) {
            throw new WorkflowException("本平台要求系统管理员使用动态口令，不能关闭");
        }
        StaffAccount account = em.find(StaffAccount.class, self.id());
        if (!account.disableTotp(code, at)) {
            refuseIf(List.of(new FieldError("code", "动态口令：错误或已使用过，请输入验证器应用当前显示的 6 位数字")));
        }
        record.append(self.recordName(), RecordAction.ADMINISTER, "staff:" + self.id(), "disable-totp", at);
    }

    /** 停用 / 启用. Nobody deactivates themselves: the last administrator of an agency could lock everyone out. */
    @Transactional
    public void setActive(Actor admin, Long staffId, boolean active, Instant at) {
        StaffAccount account = staffInScope(admin, staffId);
        if (!active && admin.id().equals(staffId)) {
            throw new WorkflowException("不能停用您本人的账号");
        }
        account.setActive(active);
        if (!active) {
            endSessions(staffId, at);
        }
        record.append(admin.recordName(), RecordAction.ADMINISTER, "staff:" + staffId,
                active ? "activate" : "deactivate", at);
    }

    /**
     * A new agency below one the administrator administers. The administrator is granted the new agency at once, so
     * that they can go on to set it up (its staff, rules); the grant is part of the recorded change.
     */
    @Transactional
    public Agency createAgency(Actor admin, AgencyDetails details, Instant at) {
        requireAdministrator(admin);
        List<FieldError> errors = new ArrayList<>(details.check(admin, agencies(), null));
        codeUnique(details.code(), null, errors);
        refuseIf(errors);
        Agency agency = new Agency(details.code(), details.name(), details.level(), details.regionCode(),
                details.regionName(), details.parentId(), details.documentPrefix(), at);
        em.persist(agency);
        em.flush();
        em.find(StaffAccount.class, admin.id()).grantAgency(agency.id());
        record.append(admin.recordName(), RecordAction.ADMINISTER, "agency:" + agency.id(),
                "create;" + details.describe() + ";granted-to=" + admin.id(), at);
        return agency;
    }

    @Transactional
    public void updateAgency(Actor admin, Long agencyId, AgencyDetails details, Instant at) {
        requireAdministrator(admin);
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null || !admin.actsFor(agencyId)) {
            throw new WorkflowException("只能管理本机关或授权的下级机关");
        }
        List<FieldError> errors = new ArrayList<>(details.check(admin, agencies(), agency));
        codeUnique(details.code(), agencyId, errors);
        refuseIf(errors);
        agency.update(details.code(), details.name(), details.level(), details.regionCode(), details.regionName(),
                details.parentId(), details.documentPrefix());
        record.append(admin.recordName(), RecordAction.ADMINISTER, "agency:" + agencyId,
                "update;" + details.describe(), at);
    }

    private void codeUnique(String code, Long except, List<FieldError> errors) {
        em.createQuery("FROM Agency WHERE code = :c", Agency.class).setParameter("c", code).getResultList().stream()
                .filter(a -> !a.id().equals(except)).findFirst()
                .ifPresent(a -> errors.add(new FieldError("code", "统一社会信用代码：已被“" + a.name() + "”使用")));
    }

    private StaffAccount staffInScope(Actor admin, Long staffId) {
        requireAdministrator(admin);
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null || !admin.actsFor(account.agencyId())) {
            throw new WorkflowException("只能管理本机关或授权的下级机关的工作人员");
        }
        return account;
    }

    private void endSessions(Long staffId, Instant at) {
        em.createQuery("UPDATE StaffSession SET endedAt = :at WHERE staffId = :s AND endedAt IS NULL")
                .setParameter("at", at).setParameter("s", staffId).executeUpdate();
    }

    private static void requireAdministrator(Actor admin) {
        if (!admin.has(StaffRole.ADMINISTRATOR)) {
            throw new WorkflowException("人员与机关管理需要" + StaffRole.ADMINISTRATOR.label() + "角色");
        }
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
    }
}
