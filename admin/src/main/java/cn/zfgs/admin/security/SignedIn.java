package cn.zfgs.admin.security;

import cn.zfgs.content.editorial.Actor;
import cn.zfgs.content.editorial.StaffAccount;
import jakarta.enterprise.context.RequestScoped;

/** The staff member of the current request, set by {@link AdminGate}; empty on the sign-in page. */
@RequestScoped
public class SignedIn {

    private StaffAccount account;
    private String csrfToken;

    void set(StaffAccount account, String csrfToken) {
        this.account = account;
        this.csrfToken = csrfToken;
    }

    /** Whether a session was found: false only on the sign-in page. */
    public boolean present() {
        return account != null;
    }

    public Actor actor() {
        return account.asActor();
    }

    public String displayName() {
        return account.displayName();
    }

    public String username() {
        return account.username();
    }

    public Long agencyId() {
        return account.agencyId();
    }

    /** The anti-forgery token every form of this session must send back as {@code _csrf}. */
    public String csrfToken() {
        return csrfToken;
    }
}
