package cn.zfgs.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Optional;

/** The agency that the thing named in a route's path belongs to, for {@link AccessRules}. */
@ApplicationScoped
public class SubjectAgencies {

    @Inject
    EntityManager em;

    @Transactional
    public Optional<Long> agencyOf(Access.Scope scope, MultivaluedMap<String, String> parameters) {
        String key = scope == Access.Scope.SPAN ? "span" : "id";
        Long id = number(parameters.getFirst(key));
        if (id == null) {
            return Optional.empty();
        }
        String query = switch (scope) {
            case REVISION -> "SELECT i.agencyId FROM Revision r, ContentItem i WHERE r.id = :id AND i.id = r.itemId";
            case ITEM -> "SELECT agencyId FROM ContentItem WHERE id = :id";
            case SPAN -> "SELECT i.agencyId FROM RevisionRedaction s, Revision r, ContentItem i "
                    + "WHERE s.id = :id AND r.id = s.revisionId AND i.id = r.itemId";
            case STAFF -> "SELECT agencyId FROM StaffAccount WHERE id = :id";
            case AGENCY -> "SELECT id FROM Agency WHERE id = :id";
            case TICKET -> "SELECT agencyId FROM ErrorReport WHERE id = :id";
            case IMPORT_JOB -> "SELECT agencyId FROM ImportJob WHERE id = :id";
            case API_KEY -> "SELECT agencyId FROM ApiKey WHERE id = :id";
            case NONE -> throw new IllegalArgumentException("no subject");
        };
        return em.createQuery(query, Long.class).setParameter("id", id).getResultList().stream().findFirst();
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
