package cn.zfgs.admin.security;

import cn.zfgs.content.editorial.StaffRole;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 访问规则 — who may call one route of the staff area: the one place a route's rule is declared. {@link AccessRules}
 * enforces it on every request (a route without it answers 403), and {@code AuthorisationMatrixTest} reads it to call
 * every route as every role, in its own agency and in another.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    /** Any one of these roles admits; none listed means every signed-in member of staff. */
    StaffRole[] roles() default {};

    /** What the route's path names, whose agency must be the caller's own or one granted to them. */
    Scope scope() default Scope.NONE;

    /** The sign-in page itself, reached without a session. */
    boolean signIn() default false;

    /**
     * A route of the push API: reached with an agency's API key instead of a session, which the resource checks
     * itself (401 without a valid key, 403 for another agency's).
     */
    boolean apiKey() default false;

    /** What a route's path parameters name, and so how the agency it acts in is found. */
    enum Scope {
        /** Nothing: the route lists or creates within the caller's own scope. */
        NONE,
        /** {@code {id}} is a revision. */
        REVISION,
        /** {@code {id}} is a content item. */
        ITEM,
        /** {@code {span}} is a redaction span. */
        SPAN,
        /** {@code {id}} is a staff account. */
        STAFF,
        /** {@code {id}} is an agency. */
        AGENCY,
        /** {@code {id}} is an error-report ticket. */
        TICKET,
        /** {@code {id}} is a bulk import job. */
        IMPORT_JOB,
        /** {@code {id}} is a push API key. */
        API_KEY
    }
}
