package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * 发布日志 — the ordered log of every change to the published tables. Appends happen inside the transaction that
 * changes the projection and take the log head's row lock, so sequence numbers are gapless and in commit order:
 * read models can follow it with nothing more than "give me what comes after N".
 */
@ApplicationScoped
public class PublicationLog {

    @Inject
    EntityManager em;
    @Inject
    Event<LogAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    PublicationEvent append(PublicationEvent.Kind event, ContentKind kind, Long itemId, int version, Instant at) {
        long last = ((Number) em.createNativeQuery("SELECT last_seq FROM publication_log_head WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        long next = last + 1;
        em.createNativeQuery("UPDATE publication_log_head SET last_seq = ?1 WHERE id = 1")
                .setParameter(1, next)
                .executeUpdate();
        PublicationEvent entry = new PublicationEvent(next, event, kind, itemId, version, at);
        em.persist(entry);
        appended.fire(new LogAppended(next, at));
        return entry;
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicationEvent> after(long afterSeq, int limit) {
        return em.createQuery("FROM PublicationEvent WHERE seq > :after ORDER BY seq", PublicationEvent.class)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastSeq() {
        return ((Number) em.createNativeQuery("SELECT last_seq FROM publication_log_head WHERE id = 1")
                .getSingleResult()).longValue();
    }
}
