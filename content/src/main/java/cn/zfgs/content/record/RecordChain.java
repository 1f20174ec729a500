package cn.zfgs.content.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.query.Query;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * 全过程记录 — appends entries under the head row's lock (so concurrent actions get consecutive numbers and link
 * to their true predecessor) and verifies the whole chain, streaming it in constant memory.
 */
@ApplicationScoped
public class RecordChain {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public ChainLink append(String actor, RecordAction action, String subject, String content, Instant at) {
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_seq, last_hash FROM record_head WHERE id = 1 FOR UPDATE").getSingleResult();
        ChainLink link = ChainLink.next(((Number) head[0]).longValue(), (String) head[1], at, actor, action, subject,
                ChainLink.sha256(content));
        em.createNativeQuery("UPDATE record_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, link.seq())
                .setParameter(2, link.entryHash())
                .executeUpdate();
        em.persist(new RecordEntry(link));
        return link;
    }

    @Transactional
    public ChainVerifier.Result verify() {
        long headSeq = ((Number) em.createNativeQuery("SELECT last_seq FROM record_head WHERE id = 1")
                .getSingleResult()).longValue();
        Query<RecordEntry> query = em.createQuery("FROM RecordEntry ORDER BY seq", RecordEntry.class)
                .unwrap(Query.class);
        try (ScrollableResults<RecordEntry> rows = query.setFetchSize(1000).scroll(ScrollMode.FORWARD_ONLY)) {
            return ChainVerifier.verify(new Iterator<ChainLink>() {
                private Boolean ahead;

                @Override
                public boolean hasNext() {
                    if (ahead == null) {
                        ahead = rows.next();
                    }
                    return ahead;
                }

                @Override
                public ChainLink next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ahead = null;
                    RecordEntry entry = rows.get();
                    em.detach(entry);
                    return entry.link();
                }
            }, headSeq);
        }
    }
}
