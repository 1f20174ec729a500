package cn.zfgs.portal.laws;

import cn.zfgs.content.law.Law;
import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.site.JsonLd;
import cn.zfgs.portal.site.Links;
import cn.zfgs.portal.site.PageMeta;
import cn.zfgs.portal.site.PublicCache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;

/**
 * 法律法规 — the laws that legal bases cite, in full, at stable addresses: {@code /laws/{id}} where the id names the
 * law and its version (药品管理法-2019-08-26), and each article at {@code #article-N} ({@code #article-N-M} for 第N条之M).
 */
@Path("/laws")
@Produces(MediaType.TEXT_HTML)
@PublicCache
public class LawResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<LawView.LawLine> laws);

        static native TemplateInstance show(LawView law);
    }

    private final LawCatalogue catalogue = LawCatalogue.shipped();

    @Inject
    Links links;
    @Inject
    JsonLd jsonLd;

    @GET
    public TemplateInstance index() {
        return Templates.index(catalogue.laws().stream()
                .sorted(Comparator.comparing(Law::category).thenComparing(Law::shortTitle)
                        .thenComparing(Law::versionDate))
                .map(LawView.LawLine::of).toList());
    }

    @GET
    @Path("/{id: [^/.]+}")
    public TemplateInstance show(@PathParam("id") String id) {
        if (id.length() > 100) {
            throw PublicErrors.notFound("未找到该法律法规：编号过长。");
        }
        Law law = catalogue.byId(id).orElseThrow(() -> PublicErrors.notFound(
                "未找到法律法规“" + id + "”。编号应为“简称-版本日期”，例如 药品管理法-2019-08-26。"));
        String url = links.absolute(Links.law(law));
        PageMeta meta = new PageMeta(law.title(), law.title() + "（" + law.versionDate() + " 版）全文", url, "article",
                jsonLd.render(JsonLd.node("Legislation")
                        .with("name", law.title())
                        .with("legislationIdentifier", law.id())
                        .with("legislationDate", law.versionDate().toString())
                        .with("inLanguage", "zh-CN")
                        .with("url", url)));
        return Templates.show(LawView.of(law, catalogue.versions(law.title()), meta));
    }
}
