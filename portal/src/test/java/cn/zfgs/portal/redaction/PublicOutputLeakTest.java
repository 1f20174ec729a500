package cn.zfgs.portal.redaction;

import cn.zfgs.content.editorial.Revision;
import cn.zfgs.content.editorial.Verdict;
import cn.zfgs.content.workflow.RedactionReview;
import cn.zfgs.content.workflow.RedactionReview.SpanView;
import cn.zfgs.content.workflow.Workflow;
import cn.zfgs.portal.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 泄露测试 — decisions with planted personal data are published through the real workflow (detectors, the reviewer's
 * confirmation, approval), one more is left as an unredacted draft; then every public output reachable at that point
 * is read — the pages reached by following links from the entry points, every path the OpenAPI document lists, the
 * sitemap and feeds they link, and each search path queried for each planted value — and none may contain any planted
 * value. When a later issue adds a public output, add its entry to {@link #ENTRY_POINTS} or {@link #SEARCHES} (links
 * from pages, sitemaps, feeds and JSON are followed by themselves).
 */
@QuarkusTest
class PublicOutputLeakTest {

    /** Where the crawl starts; everything linked from these (HTML, XML, JSON) is followed. */
    static final List<String> ENTRY_POINTS = List.of("/", "/robots.txt", "/sitemap.xml", "/q/openapi?format=json");
    /** Search paths, each queried with every planted value (the value itself may be echoed; no other may appear). */
    static final List<String> SEARCHES = List.of("/search?q=");
    /** The staff area and the framework's own endpoints are not public outputs of content. */
    private static final List<String> NOT_CRAWLED = List.of("/admin", "/q/health", "/q/metrics", "/q/dev");
    private static final int MAX_PAGES = 4000;
    private static final int QUERY_VARIANTS = 5;
    /** Characters a real link would have percent-encoded: such a string is a template or prose, not a link. */
    private static final String UNSAFE = "{}<>|\\^` ";
    private static final Pattern LINK = Pattern.compile(
            "(?:href|src|action)=\"([^\"#]+)|<loc>([^<]+)</loc>|<link>([^<]+)</link>|\"(/[^\"\\s]*)\"");

    @Inject
    Workflow workflow;
    @Inject
    RedactionReview redactions;
    @Inject
    Fixtures fixtures;

    @Test
    void noPublicOutputContainsAnyPlantedValue() throws Exception {
        Fixtures.Team team = fixtures.team();
        List<PlantedDecisions.Planted> planted = List.of(
                PlantedDecisions.penalty("测市监罚〔2026〕801号", "祁骁骋", "360102195607018403", "13673695801",
                        "6217007612220294", "A·7K3P2", "qi.xiaocheng@example.cn"),
                PlantedDecisions.penalty("测市监罚〔2026〕802号", "欧阳泽霖", "43010419690406038X", "18965248694",
                        "6228488770658948112", "FD12345", "oyzl1969@example.com.cn"),
                PlantedDecisions.penalty("测市监罚〔2026〕803号", "蔺书翰", "44030519630821955X", "15913651266",
                        "9558808897514026146", "B88K66", "lin.shuhan@example.org"));
        List<String> published = new ArrayList<>();
        for (PlantedDecisions.Planted decision : planted.subList(0, 2)) {
            published.add("/decisions/" + publish(team, decision));
        }
        Revision draft = workflow.create(team.editor(), team.agencyId(), planted.get(2).content(), Instant.now());
        Set<String> values = new LinkedHashSet<>();
        planted.forEach(p -> values.addAll(p.values()));

        Map<String, String> outputs = crawl(published);

        assertThat(outputs.keySet()).as("the published decisions were reached").containsAll(published);
        for (String pdf : List.of("/decisions/\\d+\\.pdf", "/items/\\d+\\.pdf", "/guides/\\d+\\.pdf",
                "/flowcharts/\\d+\\.pdf", "/rights-notices/\\d+\\.pdf", "/officers\\.pdf\\?agency=\\d+",
                "/agencies/\\d+/board", "/agencies/\\d+/board\\.pdf", "/annual-reports/\\d+/\\d+\\.pdf")) {
            assertThat(outputs.keySet()).as("the crawl read " + pdf).anyMatch(path -> path.matches(pdf));
        }
        assertThat(outputs).doesNotContainKey("/decisions/" + draft.itemId());
        List<String> leaks = new ArrayList<>();
        outputs.forEach((url, body) -> values.stream()
                .filter(v -> body.contains(v) || body.contains(v.replaceAll("\\s+", "")))
                .forEach(v -> leaks.add(v + " in " + url)));
        for (String search : SEARCHES) {
            for (String value : values) {
                String url = search + URLEncoder.encode(value, StandardCharsets.UTF_8);
                String body = get(url).asString();
                values.stream().filter(v -> !v.contains(value) && !value.contains(v) && body.contains(v))
                        .forEach(v -> leaks.add(v + " in " + url));
            }
        }
        assertThat(leaks).as("planted values in public outputs (%d read)", outputs.size()).isEmpty();
    }

    /** Through the real workflow: create (detectors suggest), submit, the reviewer accepts each, review, approve. */
    private Long publish(Fixtures.Team team, PlantedDecisions.Planted decision) {
        Revision revision = workflow.create(team.editor(), team.agencyId(), decision.content(), Instant.now());
        workflow.submit(team.editor(), revision.id(), Instant.now());
        for (SpanView view : redactions.spans(team.reviewer(), revision.id())) {
            redactions.accept(team.reviewer(), view.id(), null, Instant.now());
        }
        workflow.review(team.reviewer(), revision.id(), Verdict.AGREE, null, Instant.now());
        workflow.approve(team.approver(), revision.id(), null, Instant.now());
        return revision.itemId();
    }

    /** Every public output reachable from the entry points (and {@code more}), by path, with its body. */
    private Map<String, String> crawl(List<String> more) throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        // Filters and paging multiply one list into thousands of URLs; a few variants of each list show its rows.
        Map<String, Integer> queryVariants = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(ENTRY_POINTS);
        queue.addAll(more);
        queue.addAll(openApiPaths());
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (read.containsKey(path) || NOT_CRAWLED.stream().anyMatch(path::startsWith)) {
                continue;
            }
            assertThat(read.size()).as("the crawl stays bounded").isLessThan(MAX_PAGES);
            Response response = get(path);
            String type = response.contentType() == null ? "" : response.contentType();
            String body = readable(type, response.asByteArray());
            read.put(path, body);
            if (!textual(type)) {
                continue;
            }
            for (String link : links(body)) {
                int query = link.indexOf('?');
                if (query < 0 || queryVariants.merge(link.substring(0, query), 1, Integer::sum) <= QUERY_VARIANTS) {
                    queue.add(link);
                }
            }
        }
        return read;
    }

    private static boolean textual(String type) {
        return !(type.startsWith("image/") || type.startsWith("application/pdf") || type.startsWith("application/gzip")
                || type.startsWith("application/vnd.") || type.startsWith("application/octet-stream"));
    }

    /**
     * What a reader of the output sees: a PDF's text (without the line breaks its layout puts inside a value), a gzip
     * file's content, and the body itself otherwise.
     */
    private static String readable(String type, byte[] body) throws IOException {
        if (type.startsWith("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            }
        }
        if (type.startsWith("application/gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The OpenAPI document's GET paths without parameters; those with one are reached through links. */
    private List<String> openApiPaths() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(get("/q/openapi?format=json").asString()).path("paths");
        List<String> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getValue().has("get") && !path.getKey().contains("{")) {
                found.add(path.getKey());
            }
        }
        return found;
    }

    private static Set<String> links(String body) {
        Set<String> links = new LinkedHashSet<>();
        String origin = "http://localhost:" + RestAssured.port;
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            String link = firstGroup(m).replace("&amp;", "&");
            if (link.startsWith(origin)) {
                link = link.substring(origin.length());
            }
            if (link.startsWith("/") && !link.startsWith("//") && link.chars().noneMatch(c -> UNSAFE.indexOf(c) >= 0)) {
                links.add(link);
            }
        }
        return links;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static Response get(String path) {
        return given().redirects().follow(false).urlEncodingEnabled(false).get(path);
    }
}
