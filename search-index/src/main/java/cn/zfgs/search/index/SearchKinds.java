package cn.zfgs.search.index;

import cn.zfgs.content.model.ContentKind;

import java.util.List;

/** The kinds of published content the public search covers, in the order the kind facet lists them. */
public final class SearchKinds {

    public static final List<ContentKind> ALL = List.of(ContentKind.DECISION, ContentKind.ENFORCEMENT_ITEM,
            ContentKind.OFFICER, ContentKind.SERVICE_GUIDE);

    private SearchKinds() {
    }
}
