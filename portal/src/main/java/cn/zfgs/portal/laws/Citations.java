package cn.zfgs.portal.laws;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.law.LegalBasisCheck;
import cn.zfgs.portal.site.Links;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Resolves the legal bases stored on published items against the shipped law catalogue. */
@ApplicationScoped
public class Citations {

    private final LawCatalogue catalogue = LawCatalogue.shipped();

    /** One citation per basis, in order; a basis the catalogue cannot place is shown as written, unlinked. */
    public List<Citation> of(List<String> bases) {
        return bases.stream().map(this::of).toList();
    }

    public Citation of(String basis) {
        LegalBasisCheck check = catalogue.check(basis);
        if (!check.isValid()) {
            return new Citation(basis, null, null, null, List.of());
        }
        return new Citation(check.citation(), Links.article(check.law(), check.article()), check.law().title(),
                check.article().label(), check.article().paragraphs());
    }
}
