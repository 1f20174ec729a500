package cn.zfgs.portal.linkeddata.sparql;

import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 结果格式 — the SPARQL 1.1 result formats (JSON, XML, CSV, TSV) for SELECT and ASK, RDF syntaxes for CONSTRUCT and
 * DESCRIBE, and the HTML page. Chosen by the {@code format} parameter, else by the Accept header.
 */
public enum SparqlFormat {
    HTML("html", "text/html", true, true),
    JSON("json", "application/sparql-results+json", true, false),
    XML("xml", "application/sparql-results+xml", true, false),
    CSV("csv", "text/csv", true, false),
    TSV("tsv", "text/tab-separated-values", true, false),
    TURTLE("ttl", "text/turtle", false, true),
    NTRIPLES("nt", "application/n-triples", false, true),
    JSONLD("jsonld", "application/ld+json", false, true);

    private final String name;
    private final MediaType mediaType;
    private final boolean forRows;
    private final boolean forTriples;

    SparqlFormat(String name, String mediaType, boolean forRows, boolean forTriples) {
        this.name = name;
        this.mediaType = MediaType.valueOf(mediaType);
        this.forRows = forRows;
        this.forTriples = forTriples;
    }

    public String formatName() {
        return name;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Whether the format can carry the result of this kind of query. */
    public boolean fits(boolean graphResult) {
        return graphResult ? forTriples : forRows;
    }

    public static Optional<SparqlFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    /** The best fit for an Accept list ordered by preference; JSON results or Turtle when anything goes. */
    public static SparqlFormat negotiate(List<MediaType> acceptable, boolean graphResult) {
        for (MediaType wanted : acceptable) {
            if (wanted.isWildcardType()) {
                break;
            }
            if (!graphResult && wanted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !wanted.isWildcardSubtype()) {
                return JSON;
            }
            if (!graphResult && wanted.isCompatible(MediaType.APPLICATION_XML_TYPE) && !wanted.isWildcardSubtype()) {
                return XML;
            }
            for (SparqlFormat f : values()) {
                if (f.fits(graphResult) && !wanted.isWildcardSubtype() && wanted.isCompatible(f.mediaType)) {
                    return f;
                }
            }
        }
        return graphResult ? TURTLE : JSON;
    }
}
