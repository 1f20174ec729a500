package cn.zfgs.admin.content;

import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.ContentKind;

import java.util.List;
import java.util.Map;

/**
 * The editing form of one content kind: what it shows, how a content becomes form values and back. Reading never
 * throws for bad input: it reports what it cannot read as field errors and answers the content as far as it could
 * be read, for the validator to judge the rest.
 */
interface KindForm {

    ContentKind kind();

    /** The form's fields; {@code items} are the agency's enforcement items, for kinds that refer to one. */
    List<Element> layout(List<Element.Option> items);

    Map<String, String> values(Content content);

    /** The content typed (unreadable parts null, their errors in the reader); {@code items} as for {@link #layout}. */
    Content read(FormReader in, List<Element.Option> items);

    /** Whether the form refers to an enforcement item (the resource then loads the agency's items). */
    default boolean needsItems() {
        return false;
    }
}
