package cn.zfgs.content.published;

import java.io.Serializable;

/** The identity of one published version: the item and its public version number. */
public record PublishedKey(Long itemId, Integer version) implements Serializable {
    public PublishedKey() {
        this(null, null);
    }
}
