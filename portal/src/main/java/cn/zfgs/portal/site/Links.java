package cn.zfgs.portal.site;

import cn.zfgs.content.law.Article;
import cn.zfgs.content.law.ArticleNumber;
import cn.zfgs.content.law.Law;
import cn.zfgs.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * 链接 — the portal's stable public addresses in one place: {@code /agencies/{id}}, {@code /items/{id}},
 * {@code /laws/{id}#article-N} …, and their absolute form for feeds, the sitemap, Open Graph tags and QR codes.
 */
@ApplicationScoped
public class Links {

    @Inject
    PortalConfig config;

    /** {@code path} on the configured public address. */
    public String absolute(String path) {
        String base = config.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The law's page, e.g. /laws/%E8%8D%AF…-2019-08-26. */
    public static String law(Law law) {
        return "/laws/" + URLEncoder.encode(law.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The article in its law's page: /laws/{id}#article-98, or #article-10-1 for 第十条之一. */
    public static String article(Law law, Article article) {
        return law(law) + "#" + anchor(article.number());
    }

    /** The fragment id of an article on its law's page. */
    public static String anchor(ArticleNumber number) {
        return "article-" + number.number() + (number.hasSuffix() ? "-" + number.suffix() : "");
    }

    /** The officer verification address encoded in an officer's QR code. */
    public String verification(String certificateNumber) {
        return absolute("/verify?certificate=" + URLEncoder.encode(certificateNumber, StandardCharsets.UTF_8));
    }
}
