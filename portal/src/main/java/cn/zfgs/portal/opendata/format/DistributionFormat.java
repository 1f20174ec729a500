package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.opendata.OpenDataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** 数据格式 — the formats every dataset is distributed in, by file extension. */
public enum DistributionFormat {
    CSV("csv", "text/csv", "CSV（UTF-8 带 BOM，可直接用 Excel 打开）", "CSV"),
    JSONL("jsonl", "application/x-ndjson", "JSON Lines（每行一个 JSON 对象）", "JSON_LINES"),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", "JSON_LD"),
    TURTLE("ttl", "text/turtle", "RDF Turtle", "RDF_TURTLE"),
    NTRIPLES("nt", "application/n-triples", "RDF N-Triples", "RDF_N_TRIPLES");

    /** The EU file-type authority list, which DCAT-AP uses for dct:format. */
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";

    private final String extension;
    private final String mediaType;
    private final String label;
    private final String fileType;

    DistributionFormat(String extension, String mediaType, String label, String fileType) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
        this.fileType = fileType;
    }

    public String extension() {
        return extension;
    }

    /** The IANA media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type a download is served with. */
    public String contentType() {
        return this == JSONLD || this == TURTLE || this == CSV || this == JSONL || this == NTRIPLES
                ? mediaType + "; charset=UTF-8" : mediaType;
    }

    public String label() {
        return label;
    }

    public String fileTypeUri() {
        return FILE_TYPES + fileType;
    }

    public static Optional<DistributionFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public RowWriter open(OutputStream out, OpenDataset dataset) throws IOException {
        return switch (this) {
            case CSV -> new CsvRowWriter(out, dataset);
            case JSONL -> new JsonLinesRowWriter(out);
            case JSONLD -> new JsonLdRowWriter(out);
            case TURTLE -> RdfRowWriter.turtle(out);
            case NTRIPLES -> RdfRowWriter.ntriples(out);
        };
    }
}
