package cn.zfgs.portal.errors;

import cn.zfgs.content.published.Tombstone;

/** 410: the item asked for was withdrawn; the page shows the tombstone's notice and nothing of the content. */
public class WithdrawnException extends RuntimeException {

    private final transient Tombstone tombstone;

    public WithdrawnException(Tombstone tombstone) {
        super(null, null, false, false);
        this.tombstone = tombstone;
    }

    public Tombstone tombstone() {
        return tombstone;
    }
}
