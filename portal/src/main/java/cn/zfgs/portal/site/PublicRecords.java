package cn.zfgs.portal.site;

import cn.zfgs.content.model.ContentKind;
import cn.zfgs.content.published.PublishedVersion;
import cn.zfgs.content.published.Tombstone;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.errors.WithdrawnException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reads single published items for the entity pages: the current (or a named) version, the list of versions for
 * the public history, and the tombstone of a withdrawn one, which turns the page into a 410 notice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicRecords {

    @Inject
    EntityManager em;

    /**
     * The version to show: the current one when {@code version} is null. Throws the 410 notice when the item of
     * this kind was withdrawn, and a Chinese 404 naming {@code what} when there is no such item or version.
     */
    public <T extends PublishedVersion> T show(ContentKind kind, Class<T> type, Long id, Integer version, String what) {
        Tombstone tombstone = em.find(Tombstone.class, id);
        if (tombstone != null && tombstone.kind() == kind) {
            throw new WithdrawnException(tombstone);
        }
        String where = version == null ? "currentVersion = true" : "version = :version";
        var query = em.createQuery("FROM " + type.getSimpleName() + " WHERE itemId = :item AND " + where, type)
                .setParameter("item", id);
        if (version != null) {
            query.setParameter("version", version);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> PublicErrors.notFound(
                version == null ? "未找到该" + what + "，请检查地址中的编号。" : "未找到该" + what + "的第 " + version + " 版。"));
    }

    /** Every public version of the item, oldest first. */
    public <T extends PublishedVersion> List<T> versions(Class<T> type, Long id) {
        return em.createQuery("FROM " + type.getSimpleName() + " WHERE itemId = :item ORDER BY version", type)
                .setParameter("item", id)
                .getResultList();
    }

    /** The current version of the item, if it is public. */
    public <T extends PublishedVersion> Optional<T> current(Class<T> type, Long id) {
        return em.createQuery("FROM " + type.getSimpleName() + " WHERE itemId = :item AND currentVersion = true", type)
                .setParameter("item", id)
                .getResultStream().findFirst();
    }

    /** All current items of a kind, in the given JPQL order (e.g. {@code "code"}). */
    public <T extends PublishedVersion> List<T> all(Class<T> type, String orderBy) {
        return em.createQuery("FROM " + type.getSimpleName() + " WHERE currentVersion = true ORDER BY " + orderBy,
                type).getResultList();
    }
}
