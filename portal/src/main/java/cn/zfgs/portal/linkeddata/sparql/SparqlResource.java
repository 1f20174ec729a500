package cn.zfgs.portal.linkeddata.sparql;

import cn.zfgs.portal.linkeddata.Representations;
import cn.zfgs.portal.linkeddata.store.RdfReadModel;
import cn.zfgs.portal.opendata.LogPosition;
import cn.zfgs.portal.opendata.OpenDataConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SPARQL 查询服务 — the SPARQL 1.1 Protocol endpoint on the RDF read model: GET with {@code query=}, POST as a form
 * or as {@code application/sparql-query}. Read-only, with a time limit and a result limit. A browser gets a page
 * with a query form, example queries and the results as a table.
 */
@Path("/sparql")
public class SparqlResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SparqlPage page);
    }

    /** SPARQL 查询页. */
    public record SparqlPage(String query, String error, List<String> columns, List<List<Cell>> rows, String answer,
            String graph, boolean truncated, int limit, long timeoutSeconds, String asOf,
            List<ExampleLink> examples) {
    }

    /** One value in the result table; URIs link to themselves. */
    public record Cell(String text, String href) {
    }

    /** An example with the link that runs it. */
    public record ExampleLink(String title, String query, String href) {
    }

    @Inject
    SparqlService sparql;
    @Inject
    RdfReadModel model;
    @Inject
    OpenDataConfig config;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "SPARQL 1.1 查询（GET）", description = "只读；单次查询有时间上限和结果条数上限，超出时间答复 503，"
            + "语法错误答复 400 并附解析器的说明。结果格式：format=json|xml|csv|tsv（SELECT/ASK），ttl|nt|jsonld（CONSTRUCT/DESCRIBE），"
            + "或按 Accept 头。")
    @APIResponse(responseCode = "200", description = "查询结果", content = @Content(mediaType = "application/sparql-results+json",
            examples = @ExampleObject(name = "SELECT", value = "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":"
                    + "[{\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"251\"}}]}}")))
    public Response get(@Parameter(description = "SPARQL 查询", example = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            @QueryParam("query") String query,
            @Parameter(description = "结果格式", example = "json") @QueryParam("format") String format) {
        if (query == null && wantsHtml(format)) {
            return Response.ok(page(SparqlExamples.ALL.get(0).query(), null, null)).build();
        }
        return answer(query, format);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "SPARQL 1.1 查询（POST 表单）")
    public Response postForm(@FormParam("query") String query, @FormParam("format") String format) {
        return answer(query, format);
    }

    @POST
    @Consumes("application/sparql-query")
    @Operation(summary = "SPARQL 1.1 查询（POST 查询正文）")
    public Response postQuery(String query) {
        return answer(query, null);
    }

    private Response answer(String text, String formatName) {
        boolean html = wantsHtml(formatName);
        if (formatName != null && !formatName.isEmpty() && !"html".equals(formatName)
                && SparqlFormat.byName(formatName).isEmpty()) {
            return error(html, text, new SparqlException(400,
                    "不支持的结果格式“" + formatName + "”：可用 json、xml、csv、tsv、ttl、nt、jsonld、html"));
        }
        SparqlResult result;
        try {
            Query query = sparql.parse(text);
            result = sparql.run(query);
        } catch (SparqlException e) {
            return error(html, text, e);
        }
        boolean graph = result instanceof SparqlResult.Triples;
        SparqlFormat format = formatName != null && !formatName.isEmpty()
                ? SparqlFormat.byName(formatName).filter(f -> f.fits(graph)).orElse(null)
                : SparqlFormat.negotiate(headers.getAcceptableMediaTypes(), graph);
        if (format == null) {
            return error(html, text, new SparqlException(400, "格式“" + formatName + "”不适用于"
                    + (graph ? "CONSTRUCT/DESCRIBE，请用 ttl、nt 或 jsonld" : "SELECT/ASK，请用 json、xml、csv 或 tsv")));
        }
        if (format == SparqlFormat.HTML) {
            return Response.ok(page(text, null, result)).build();
        }
        Response.ResponseBuilder response = Response.ok(write(result, format))
                .type(format.mediaType().withCharset("UTF-8"))
                .header("X-SPARQL-Result-Limit", config.sparql().resultLimit());
        if (result.truncated()) {
            response.header("X-SPARQL-Truncated", "true");
        }
        return response.build();
    }

    private boolean wantsHtml(String formatName) {
        if (formatName != null && !formatName.isEmpty()) {
            return "html".equals(formatName);
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(MediaType.TEXT_HTML_TYPE);
    }

    private Response error(boolean html, String query, SparqlException e) {
        Response.ResponseBuilder response = Response.status(e.status());
        if (e.status() == 503 || e.status() == 429) {
            response.header("Retry-After", "10");
        }
        if (html) {
            return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page(query, e.getMessage(), null))
                    .build();
        }
        return response.type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(e.getMessage() + "\n").build();
    }

    private static byte[] write(SparqlResult result, SparqlFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (result instanceof SparqlResult.Rows rows) {
                var rs = ResultSetStream.create(rows.variables(), rows.rows().iterator());
                switch (format) {
                    case XML -> ResultSetFormatter.outputAsXML(out, rs);
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                    default -> ResultSetFormatter.outputAsJSON(out, rs);
                }
            } else if (result instanceof SparqlResult.Answer answer) {
                switch (format) {
                    case XML -> ResultSetFormatter.outputAsXML(out, answer.value());
                    case CSV -> ResultSetFormatter.outputAsCSV(out, answer.value());
                    case TSV -> ResultSetFormatter.outputAsTSV(out, answer.value());
                    default -> ResultSetFormatter.outputAsJSON(out, answer.value());
                }
            } else if (result instanceof SparqlResult.Triples triples) {
                switch (format) {
                    case NTRIPLES -> RDFDataMgr.write(out, Representations.graph(triples.triples()), RDFFormat.NTRIPLES);
                    case JSONLD -> Representations.jsonLd(triples.triples(), out);
                    default -> RDFDataMgr.write(out, Representations.graph(triples.triples()), RDFFormat.TURTLE_PRETTY);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private TemplateInstance page(String query, String error, SparqlResult result) {
        List<String> columns = List.of();
        List<List<Cell>> rows = List.of();
        String answer = null;
        String graph = null;
        if (result instanceof SparqlResult.Rows r) {
            columns = r.variables().stream().map(Var::getVarName).toList();
            rows = new ArrayList<>();
            for (Binding b : r.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Var v : r.variables()) {
                    cells.add(cell(b.get(v)));
                }
                rows.add(cells);
            }
        } else if (result instanceof SparqlResult.Answer a) {
            answer = a.value() ? "是（true）" : "否（false）";
        } else if (result instanceof SparqlResult.Triples t) {
            graph = new String(write(t, SparqlFormat.TURTLE), StandardCharsets.UTF_8);
        }
        String asOf = model.position().map(LogPosition::sequence).map(String::valueOf).orElse(null);
        return Templates.page(new SparqlPage(query, error, columns, rows, answer, graph,
                result != null && result.truncated(), config.sparql().resultLimit(),
                config.sparql().timeout().toSeconds(), asOf,
                SparqlExamples.ALL.stream().map(e -> new ExampleLink(e.title(), e.query(),
                        "/sparql?format=html&query=" + URLEncoder.encode(e.query(), StandardCharsets.UTF_8))).toList()));
    }

    private static Cell cell(Node node) {
        if (node == null) {
            return new Cell("", null);
        }
        if (node.isURI()) {
            return new Cell(node.getURI(), node.getURI());
        }
        if (node.isLiteral()) {
            return new Cell(node.getLiteralLexicalForm(), null);
        }
        return new Cell(node.toString(), null);
    }
}
