package cn.zfgs.content.record;

import java.util.Iterator;
import java.util.Optional;

/**
 * 记录链校验 — walks the chain in order and reports the first broken link: a row whose hash does not match its
 * fields (changed), or whose sequence or previous hash does not follow its predecessor (deleted or inserted).
 */
public final class ChainVerifier {

    /** The outcome: how many links were checked and, if any, the first break. */
    public record Result(long checked, Optional<Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Where and how the chain breaks, in Chinese for the person running the check. */
    public record Break(long seq, String problem) {
    }

    private ChainVerifier() {
    }

    /**
     * Verifies the links and that the chain reaches {@code headSeq}, the last sequence number the head row
     * recorded: deleting the newest entries leaves an intact-looking but short chain.
     */
    public static Result verify(Iterator<ChainLink> links, long headSeq) {
        Result walked = verify(links);
        if (walked.intact() && walked.checked() < headSeq) {
            return broken(walked.checked(), walked.checked() + 1, "缺少第 " + (walked.checked() + 1)
                    + " 条及以后的记录（记录头显示共 " + headSeq + " 条）");
        }
        return walked;
    }

    public static Result verify(Iterator<ChainLink> links) {
        long expectedSeq = 1;
        String expectedPrevious = ChainLink.GENESIS;
        long checked = 0;
        while (links.hasNext()) {
            ChainLink link = links.next();
            if (link.seq() > expectedSeq) {
                return broken(checked, expectedSeq, "缺少第 " + expectedSeq + " 条记录（下一条为第 " + link.seq() + " 条）");
            }
            if (link.seq() < expectedSeq) {
                return broken(checked, expectedSeq, "第 " + expectedSeq + " 条记录的位置出现了重复或乱序的第 " + link.seq()
                        + " 条记录");
            }
            if (!link.previousHash().equals(expectedPrevious)) {
                return broken(checked, link.seq(), "第 " + link.seq() + " 条记录的前序哈希与第 " + (link.seq() - 1)
                        + " 条记录不符");
            }
            if (!link.selfConsistent()) {
                return broken(checked, link.seq(), "第 " + link.seq() + " 条记录的内容已被改动（哈希不符）");
            }
            checked++;
            expectedSeq++;
            expectedPrevious = link.entryHash();
        }
        return new Result(checked, Optional.empty());
    }

    private static Result broken(long checked, long seq, String problem) {
        return new Result(checked, Optional.of(new Break(seq, problem)));
    }
}
