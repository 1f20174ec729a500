package cn.zfgs.portal.linkeddata;

import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 表示格式 — what a stable URI can answer with, by {@code Accept} header or by suffix: the HTML page (a 303 to
 * it), JSON, JSON-LD, Turtle, N-Triples and RDF/XML.
 */
public enum LinkedFormat {
    HTML("html", "text/html"),
    TURTLE("ttl", "text/turtle"),
    JSONLD("jsonld", "application/ld+json"),
    JSON("json", "application/json"),
    NTRIPLES("nt", "application/n-triples"),
    RDFXML("rdf", "application/rdf+xml");

    private final String extension;
    private final MediaType mediaType;

    LinkedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.valueOf(mediaType);
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public static Optional<LinkedFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /**
     * The best format for an {@code Accept} list already ordered by preference. A bare {@code *}{@code /*} (curl,
     * scripts) gets Turtle; browsers name text/html and get the page. Empty when nothing acceptable is offered.
     */
    public static Optional<LinkedFormat> negotiate(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return Optional.of(TURTLE);
        }
        for (MediaType wanted : acceptable) {
            if (wanted.isWildcardType()) {
                return Optional.of(TURTLE);
            }
            for (LinkedFormat f : values()) {
                if (wanted.isCompatible(f.mediaType) && !wanted.isWildcardSubtype()) {
                    return Optional.of(f);
                }
            }
            if (wanted.isWildcardSubtype()) {
                return Optional.of("text".equals(wanted.getType()) ? TURTLE : JSONLD);
            }
        }
        return Optional.empty();
    }
}
