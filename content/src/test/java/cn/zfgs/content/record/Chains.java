package cn.zfgs.content.record;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds record chains the way {@link RecordChain#append} does, without a database. */
final class Chains {

    static final Instant START = Instant.parse("2024-03-01T01:02:03.123456789Z");

    private Chains() {
    }

    /** A chain of {@code n} links by a few staff on a few revisions, one action every 17 seconds. */
    static List<ChainLink> build(int n) {
        List<ChainLink> links = new ArrayList<>();
        RecordAction[] actions = RecordAction.values();
        for (int i = 0; i < n; i++) {
            append(links, START.plus(Duration.ofSeconds(17L * i)), "staff:" + (1 + i % 3) + ":承办人" + (i % 3),
                    actions[i % actions.length], "DECISION:" + (100 + i / 4) + ":r1", "内容第" + i + "版");
        }
        return links;
    }

    static ChainLink append(List<ChainLink> links, Instant at, String actor, RecordAction action, String subject,
            String content) {
        long seq = links.isEmpty() ? 0 : links.get(links.size() - 1).seq();
        String previous = links.isEmpty() ? ChainLink.GENESIS : links.get(links.size() - 1).entryHash();
        ChainLink link = ChainLink.next(seq, previous, at, actor, action, subject, ChainLink.sha256(content));
        links.add(link);
        return link;
    }

    static ChainVerifier.Result verify(List<ChainLink> links) {
        return ChainVerifier.verify(links.iterator());
    }

    /** The ways of changing one stored field of a row while keeping its stored entry hash. */
    enum Tamper {
        ACTOR {
            @Override
            ChainLink apply(ChainLink l) {
                return new ChainLink(l.seq(), l.recordedAt(), l.actor() + "x", l.action(), l.subject(),
                        l.contentHash(), l.previousHash(), l.entryHash());
            }
        },
        SUBJECT {
            @Override
            ChainLink apply(ChainLink l) {
                return new ChainLink(l.seq(), l.recordedAt(), l.actor(), l.action(), l.subject() + "1",
                        l.contentHash(), l.previousHash(), l.entryHash());
            }
        },
        CONTENT_HASH {
            @Override
            ChainLink apply(ChainLink l) {
                return new ChainLink(l.seq(), l.recordedAt(), l.actor(), l.action(), l.subject(),
                        ChainLink.sha256("篡改后的内容"), l.previousHash(), l.entryHash());
            }
        },
        TIME {
            @Override
            ChainLink apply(ChainLink l) {
                return new ChainLink(l.seq(), l.recordedAt().plusNanos(1000), l.actor(), l.action(), l.subject(),
                        l.contentHash(), l.previousHash(), l.entryHash());
            }
        },
        ACTION {
            @Override
            ChainLink apply(ChainLink l) {
                RecordAction other = l.action() == RecordAction.APPROVE ? RecordAction.REJECT : RecordAction.APPROVE;
                return new ChainLink(l.seq(), l.recordedAt(), l.actor(), other, l.subject(), l.contentHash(),
                        l.previousHash(), l.entryHash());
            }
        },
        ENTRY_HASH {
            @Override
            ChainLink apply(ChainLink l) {
                return new ChainLink(l.seq(), l.recordedAt(), l.actor(), l.action(), l.subject(), l.contentHash(),
                        l.previousHash(), ChainLink.sha256(l.entryHash()));
            }
        },
        PREVIOUS_HASH {
            @Override
            ChainLink apply(ChainLink l) {
                return new ChainLink(l.seq(), l.recordedAt(), l.actor(), l.action(), l.subject(), l.contentHash(),
                        ChainLink.sha256(l.previousHash()), l.entryHash());
            }
        };

        abstract ChainLink apply(ChainLink link);
    }
}
