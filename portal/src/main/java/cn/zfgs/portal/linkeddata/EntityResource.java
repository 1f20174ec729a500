package cn.zfgs.portal.linkeddata;

import cn.zfgs.content.law.ArticleNumber;
import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.errors.PublicInputException;
import cn.zfgs.portal.opendata.catalogue.DcatCatalogue;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 稳定链接 — the permanent URIs of public entities, versions, laws and articles (see {@link EntityUris}). Without a
 * suffix the URI negotiates: a browser is sent (303 See Other) to the entity's page; an RDF or JSON client gets the
 * description it asks for. With a suffix ({@code .ttl .jsonld .json .nt .rdf .html}) the format is fixed, for
 * people who paste links. A withdrawn entity answers 410 Gone with its tombstone only.
 */
@Path("/id")
public class EntityResource {

    private static final String KINDS = "agency|item|officer|guide|decision";
    private static final String SUFFIX = "{extension: ttl|jsonld|json|nt|rdf|html}";

    @Inject
    EntityDescriptions entities;
    @Inject
    LawDescriptions laws;
    @Inject
    DcatCatalogue catalogue;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/{kind: " + KINDS + "}/{id: [0-9]+}")
    @Operation(summary = "实体的稳定链接（内容协商）", description = "Accept: text/html 时 303 跳转到公示页面；"
            + "text/turtle、application/ld+json、application/json、application/n-triples、application/rdf+xml 时返回对应表示。")
    public Response entity(@Parameter(example = "decision") @PathParam("kind") String kind,
            @Parameter(example = "42") @PathParam("id") String id) {
        return answer(negotiated(), null, () -> find(kind, id));
    }

    @GET
    @Path("/{kind: " + KINDS + "}/{id: [0-9]+}." + SUFFIX)
    @Operation(summary = "实体的指定格式表示", description = "例：/id/decision/42.ttl、/id/agency/1.jsonld")
    public Response entityAs(@PathParam("kind") String kind, @PathParam("id") String id,
            @PathParam("extension") String extension) {
        return answer(suffixed(extension), extension, () -> find(kind, id));
    }

    @GET
    @Path("/{kind: " + KINDS + "}/{id: [0-9]+}/version/{version: [0-9]+}")
    @Operation(summary = "某一公开版本的稳定链接（内容协商）")
    public Response version(@PathParam("kind") String kind, @PathParam("id") String id,
            @PathParam("version") String version) {
        return answer(negotiated(), null, () -> findVersion(kind, id, version));
    }

    @GET
    @Path("/{kind: " + KINDS + "}/{id: [0-9]+}/version/{version: [0-9]+}." + SUFFIX)
    @Operation(summary = "某一公开版本的指定格式表示", description = "例：/id/decision/42/version/1.ttl")
    public Response versionAs(@PathParam("kind") String kind, @PathParam("id") String id,
            @PathParam("version") String version, @PathParam("extension") String extension) {
        return answer(suffixed(extension), extension, () -> findVersion(kind, id, version));
    }

    @GET
    @Path("/law/{law: [^/.]+}")
    @Operation(summary = "法律法规（某一版本）的稳定链接（内容协商）", description = "例：/id/law/药品管理法-2019-08-26")
    public Response law(@PathParam("law") String law) {
        return answer(negotiated(), null, () -> laws.law(law));
    }

    @GET
    @Path("/law/{law: [^/.]+}." + SUFFIX)
    @Operation(summary = "法律法规的指定格式表示")
    public Response lawAs(@PathParam("law") String law, @PathParam("extension") String extension) {
        return answer(suffixed(extension), extension, () -> laws.law(law));
    }

    @GET
    @Path("/law/{law: [^/.]+}/article/{article: [0-9]+(-[0-9]+)?}")
    @Operation(summary = "法律条文的稳定链接（内容协商）", description = "第十条之一写作 10-1，例：/id/law/药品管理法-2019-08-26/article/115")
    public Response article(@PathParam("law") String law, @PathParam("article") String article) {
        return answer(negotiated(), null, () -> findArticle(law, article));
    }

    @GET
    @Path("/law/{law: [^/.]+}/article/{article: [0-9]+(-[0-9]+)?}." + SUFFIX)
    @Operation(summary = "法律条文的指定格式表示")
    public Response articleAs(@PathParam("law") String law, @PathParam("article") String article,
            @PathParam("extension") String extension) {
        return answer(suffixed(extension), extension, () -> findArticle(law, article));
    }

    @GET
    @Path("/catalog")
    @Operation(summary = "数据目录的稳定链接（内容协商）", description = "浏览器跳转到 /data，RDF 客户端得到 DCAT 目录")
    public Response catalog() {
        return answer(negotiatedForCatalogue(), null, () -> Optional.of(catalogue.description()));
    }

    @GET
    @Path("/catalog.{extension: ttl|jsonld|nt|rdf|html}")
    @Operation(summary = "数据目录的指定格式表示")
    public Response catalogAs(@PathParam("extension") String extension) {
        return answer(suffixed(extension), extension, () -> Optional.of(catalogue.description()));
    }

    @GET
    @Path("/dataset/{name: [a-z]+}")
    @Operation(summary = "数据集的稳定链接（内容协商）", description = "浏览器跳转到数据开放页的对应位置，RDF 客户端得到 DCAT 目录")
    public Response dataset(@PathParam("name") String name) {
        if (!catalogue.hasDataset(name)) {
            throw PublicErrors.notFound("没有名为“" + name + "”的数据集，可用的数据集见 /data");
        }
        Description d = catalogue.description();
        return answer(negotiatedForCatalogue(), null, () -> Optional.of(
                Description.of(d.uri(), "/data#" + name, d.triples(), null)));
    }

    /** The catalogue has no plain-JSON form: JSON clients get JSON-LD. */
    private LinkedFormat negotiatedForCatalogue() {
        LinkedFormat format = negotiated();
        return format == LinkedFormat.JSON ? LinkedFormat.JSONLD : format;
    }

    private Optional<Description> find(String kind, String id) {
        LinkedKind k = LinkedKind.bySegment(kind).orElseThrow();
        return entities.entity(k, PublicErrors.requireId(id, "编号"));
    }

    private Optional<Description> findVersion(String kind, String id, String version) {
        LinkedKind k = LinkedKind.bySegment(kind).orElseThrow();
        long v = PublicErrors.requireId(version, "版本号");
        if (v > Integer.MAX_VALUE) {
            throw PublicErrors.notFound("没有这个版本");
        }
        return entities.version(k, PublicErrors.requireId(id, "编号"), (int) v);
    }

    private Optional<Description> findArticle(String law, String article) {
        ArticleNumber number = EntityUris.parseArticleSegment(article);
        if (number == null) {
            throw new PublicInputException(400, "条文序号格式不正确：应为数字，第十条之一写作 10-1");
        }
        return laws.article(law, number);
    }

    private LinkedFormat negotiated() {
        return LinkedFormat.negotiate(headers.getAcceptableMediaTypes()).orElseThrow(() -> new PublicInputException(406,
                "无法提供所要求的格式：可用 text/html、text/turtle、application/ld+json、application/json、"
                        + "application/n-triples、application/rdf+xml"));
    }

    private static LinkedFormat suffixed(String extension) {
        return LinkedFormat.byExtension(extension).orElseThrow();
    }

    private Response answer(LinkedFormat format, String suffix, Supplier<Optional<Description>> lookup) {
        Description d = lookup.get().orElseThrow(() -> PublicErrors.notFound("没有这个标识对应的公开信息"));
        if (format == LinkedFormat.HTML) {
            return Response.seeOther(URI.create(ascii(d.page()))).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        Response.ResponseBuilder response = Response.status(d.withdrawn() ? Response.Status.GONE : Response.Status.OK)
                .type(format.mediaType().withCharset("UTF-8"))
                .entity(Representations.write(d, format))
                .header("Link", "<" + ascii(d.page()) + ">; rel=\"alternate\"; type=\"text/html\"");
        if (suffix == null) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .header("Content-Location", ascii(d.uri() + "." + format.extension()));
        }
        return response.build();
    }

    /** Law URIs hold Chinese titles: headers carry them percent-encoded (UTF-8), as browsers send them. */
    static String ascii(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        for (byte b : uri.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (b >= 0) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

}
