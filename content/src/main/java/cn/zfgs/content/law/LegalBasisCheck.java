package cn.zfgs.content.law;

import java.util.Objects;
import java.util.Optional;

/**
 * 执法依据核对结果 — the outcome of checking a cited legal basis against the catalogue: either the
 * law and article it names, or a Chinese message saying what is wrong, fit to show next to the
 * form field ("未找到法律《药品法》", "《药品管理法》没有第三百条").
 */
public final class LegalBasisCheck {

    private final String input;
    private final Law law;
    private final Article article;
    private final String error;

    private LegalBasisCheck(String input, Law law, Article article, String error) {
        this.input = input;
        this.law = law;
        this.article = article;
        this.error = error;
    }

    static LegalBasisCheck resolved(String input, Law law, Article article) {
        return new LegalBasisCheck(input, Objects.requireNonNull(law), Objects.requireNonNull(article), null);
    }

    static LegalBasisCheck rejected(String input, String error) {
        return new LegalBasisCheck(input, null, null, Objects.requireNonNull(error));
    }

    /** What was checked, as given. */
    public String input() {
        return input;
    }

    public boolean isValid() {
        return error == null;
    }

    /** Why the citation was rejected; empty if it is valid. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The law cited (its current version in the catalogue). */
    public Law law() {
        requireValid();
        return law;
    }

    public Article article() {
        requireValid();
        return article;
    }

    /** The canonical value to store: short title and article number. */
    public LegalBasis legalBasis() {
        requireValid();
        return new LegalBasis(law.shortTitle(), article.number());
    }

    /** The canonical citation, e.g. 《药品管理法》第一百一十五条. */
    public String citation() {
        return legalBasis().citation();
    }

    private void requireValid() {
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    @Override
    public String toString() {
        return isValid() ? citation() : "无效：" + error;
    }
}
