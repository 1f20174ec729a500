package cn.zfgs.content.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 全过程记录: an intact chain verifies; a changed, deleted, swapped or inserted row is reported at the first break. */
class ChainVerifierTest {

    private static final int LENGTH = 9;

    private static void assertBreak(ChainVerifier.Result result, long seq, String problem) {
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).hasValue(new ChainVerifier.Break(seq, problem));
        assertThat(result.checked()).as("links checked before the break").isEqualTo(seq - 1);
    }

    @Test
    void theFirstLinkFollowsTheGenesisAndEachLinkItsPredecessor() {
        List<ChainLink> chain = Chains.build(3);

        assertThat(chain).extracting(ChainLink::seq).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).previousHash()).isEqualTo(ChainLink.GENESIS);
        assertThat(ChainLink.GENESIS).isEqualTo("0".repeat(64));
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).entryHash());
        assertThat(chain.get(2).previousHash()).isEqualTo(chain.get(1).entryHash());
        assertThat(chain).allSatisfy(l -> assertThat(l.selfConsistent()).isTrue());
        assertThat(chain).extracting(ChainLink::entryHash).doesNotHaveDuplicates();
    }

    @Test
    void timesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        ChainLink link = ChainLink.next(0, ChainLink.GENESIS, Instant.parse("2024-03-01T01:02:03.123456789Z"),
                "staff:1:王", RecordAction.LOGIN, "session", ChainLink.sha256(""));

        assertThat(link.recordedAt()).isEqualTo(Instant.parse("2024-03-01T01:02:03.123456Z"));
        assertThat(link.selfConsistent()).isTrue();
    }

    @Test
    void theEntryHashIsTheSha256OfTheFieldsJoinedByBars() {
        Instant at = Instant.parse("2024-03-01T00:00:00Z");
        ChainLink link = ChainLink.next(0, ChainLink.GENESIS, at, "staff:1:王", RecordAction.CREATE,
                "DECISION:1:r1", ChainLink.sha256("{}"));

        assertThat(link.entryHash()).isEqualTo(ChainLink.sha256(String.join("|", "1", "2024-03-01T00:00:00Z",
                "staff:1:王", "CREATE", "DECISION:1:r1", ChainLink.sha256("{}"), ChainLink.GENESIS)));
        assertThat(ChainLink.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anIntactChainVerifiesWithEveryLinkCounted() {
        ChainVerifier.Result result = Chains.verify(Chains.build(LENGTH));

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBreak()).isEmpty();
        assertThat(result.checked()).isEqualTo(LENGTH);
    }

    @Test
    void anEmptyChainIsIntact() {
        ChainVerifier.Result result = Chains.verify(List.of());

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Chains.Tamper.class, names = "PREVIOUS_HASH", mode = EnumSource.Mode.EXCLUDE)
    void aChangedFieldIsReportedAtItsOwnLinkWhereverItIs(Chains.Tamper tamper) {
        for (int seq = 1; seq <= LENGTH; seq++) {
            List<ChainLink> chain = Chains.build(LENGTH);
            chain.set(seq - 1, tamper.apply(chain.get(seq - 1)));

            assertBreak(Chains.verify(chain), seq, "第 " + seq + " 条记录的内容已被改动（哈希不符）");
        }
    }

    @Test
    void aChangedPreviousHashIsReportedAtItsOwnLink() {
        for (int seq = 1; seq <= LENGTH; seq++) {
            List<ChainLink> chain = Chains.build(LENGTH);
            chain.set(seq - 1, Chains.Tamper.PREVIOUS_HASH.apply(chain.get(seq - 1)));

            assertBreak(Chains.verify(chain), seq,
                    "第 " + seq + " 条记录的前序哈希与第 " + (seq - 1) + " 条记录不符");
        }
    }

    @Test
    void aChangedRowWhoseHashWasRecomputedBreaksTheLinkAfterIt() {
        List<ChainLink> chain = Chains.build(LENGTH);
        ChainLink original = chain.get(3);
        ChainLink forged = ChainLink.next(3, original.previousHash(), original.recordedAt(), "staff:99:他人",
                original.action(), original.subject(), original.contentHash());
        chain.set(3, forged);

        assertBreak(Chains.verify(chain), 5, "第 5 条记录的前序哈希与第 4 条记录不符");
    }

    @Test
    void aDeletedMiddleLinkIsReportedAsMissing() {
        List<ChainLink> chain = Chains.build(LENGTH);
        chain.remove(4);

        assertBreak(Chains.verify(chain), 5, "缺少第 5 条记录（下一条为第 6 条）");
    }

    @Test
    void aDeletedFirstLinkIsReportedAsMissing() {
        List<ChainLink> chain = Chains.build(LENGTH);
        chain.remove(0);

        assertBreak(Chains.verify(chain), 1, "缺少第 1 条记录（下一条为第 2 条）");
    }

    @Test
    void severalDeletedLinksAreReportedAtTheFirstMissing() {
        List<ChainLink> chain = Chains.build(LENGTH);
        chain.subList(2, 5).clear();

        assertBreak(Chains.verify(chain), 3, "缺少第 3 条记录（下一条为第 6 条）");
    }

    @Test
    void twoSwappedLinksAreReportedAtTheFirstOfThem() {
        List<ChainLink> chain = Chains.build(LENGTH);
        Collections.swap(chain, 2, 6);

        assertBreak(Chains.verify(chain), 3, "缺少第 3 条记录（下一条为第 7 条）");
    }

    @Test
    void twoNeighboursSwappedAreReportedAtTheFirstOfThem() {
        List<ChainLink> chain = Chains.build(LENGTH);
        Collections.swap(chain, 3, 4);

        assertBreak(Chains.verify(chain), 4, "缺少第 4 条记录（下一条为第 5 条）");
    }

    @Test
    void aLinkRenumberedIntoAGapIsStillCaught() {
        List<ChainLink> chain = Chains.build(LENGTH);
        chain.remove(4);
        ChainLink six = chain.get(4);
        chain.set(4, new ChainLink(5, six.recordedAt(), six.actor(), six.action(), six.subject(), six.contentHash(),
                six.previousHash(), six.entryHash()));

        assertBreak(Chains.verify(chain), 5, "第 5 条记录的前序哈希与第 4 条记录不符");
    }

    @Test
    void anInsertedLinkIsCaught() {
        List<ChainLink> chain = Chains.build(LENGTH);
        ChainLink three = chain.get(2);
        ChainLink inserted = ChainLink.next(three.seq(), three.entryHash(), three.recordedAt().plusSeconds(1),
                "staff:99:他人", RecordAction.APPROVE, three.subject(), ChainLink.sha256("伪造"));
        chain.add(3, inserted);

        ChainVerifier.Result result = Chains.verify(chain);

        // the forged link itself is well formed; the chain breaks where the real fourth link no longer fits
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(5));
        assertThat(result.checked()).isEqualTo(4);
    }
}
