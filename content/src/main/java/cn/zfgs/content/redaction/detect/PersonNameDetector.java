package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.redaction.RedactionCategory;

import java.util.List;
import java.util.Set;

/** 自然人姓名 — every occurrence of the names {@link PersonNames} found for the decision. */
public final class PersonNameDetector implements Detector {

    private final Set<String> names;

    public PersonNameDetector(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    @Override
    public void find(String text, List<Finding> out) {
        for (String name : names) {
            String replacement = PersonNames.redacted(name);
            int at = text.indexOf(name);
            while (at >= 0) {
                out.add(new Finding(at, at + name.length(), RedactionCategory.PERSON_NAME, replacement));
                at = text.indexOf(name, at + name.length());
            }
        }
    }
}
