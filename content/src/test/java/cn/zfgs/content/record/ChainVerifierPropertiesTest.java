package cn.zfgs.content.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any chain length n and tamper position k ≤ n (derived from a free number), the first break is at k. */
class ChainVerifierPropertiesTest {

    @Property(seed = "31415", tries = 300)
    void anIntactChainOfAnyLengthVerifiesCompletely(@ForAll @IntRange(max = 60) int n) {
        ChainVerifier.Result result = Chains.verify(Chains.build(n));

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(n);
    }

    @Property(seed = "27182", tries = 500)
    void aChangedLinkIsTheFirstBreak(@ForAll @IntRange(min = 1, max = 40) int n,
            @ForAll @IntRange(max = 999) int position, @ForAll Chains.Tamper tamper) {
        int k = 1 + position % n;
        List<ChainLink> chain = Chains.build(n);
        chain.set(k - 1, tamper.apply(chain.get(k - 1)));

        ChainVerifier.Result result = Chains.verify(chain);

        assertThat(result.firstBreak()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(k));
        assertThat(result.checked()).isEqualTo(k - 1);
    }

    @Property(seed = "16180", tries = 300)
    void aDeletedLinkIsTheFirstBreak(@ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(max = 999) int position) {
        int k = 1 + position % (n - 1);
        List<ChainLink> chain = Chains.build(n);
        chain.remove(k - 1);

        ChainVerifier.Result result = Chains.verify(chain);

        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(k);
            assertThat(b.problem()).isEqualTo("缺少第 " + k + " 条记录（下一条为第 " + (k + 1) + " 条）");
        });
    }

    @Property(seed = "14142", tries = 300)
    void twoSwappedLinksBreakAtTheEarlierPosition(@ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(max = 999) int first, @ForAll @IntRange(max = 999) int second) {
        int i = 1 + first % (n - 1);
        int j = i + 1 + second % (n - i);
        List<ChainLink> chain = Chains.build(n);
        Collections.swap(chain, i - 1, j - 1);

        assertThat(Chains.verify(chain).firstBreak()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(i));
    }
}
