package cn.zfgs.portal.linkeddata;

import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.format.JsonLdNodes;
import cn.zfgs.portal.opendata.format.RowJson;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a {@link Description} in one of the linked-data formats. */
public final class Representations {

    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private Representations() {
    }

    public static byte[] write(Description d, LinkedFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case TURTLE -> RDFDataMgr.write(out, graph(d.triples()), RDFFormat.TURTLE_PRETTY);
                case NTRIPLES -> RDFDataMgr.write(out, graph(d.triples()), RDFFormat.NTRIPLES);
                case RDFXML -> RDFDataMgr.write(out, graph(d.triples()), RDFFormat.RDFXML_PLAIN);
                case JSONLD -> jsonLd(d.triples(), out);
                case JSON -> json(d, out);
                case HTML -> throw new IllegalArgumentException("HTML is the entity's page, not a representation here");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A graph with the common prefixes, for Jena's writers. */
    public static Graph graph(List<Triple> triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(ZFGS.PREFIXES);
        triples.forEach(graph::add);
        return graph;
    }

    public static void jsonLd(List<Triple> triples, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            JsonLdNodes nodes = new JsonLdNodes(json);
            nodes.writeContext();
            json.writeArrayFieldStart("@graph");
            nodes.writeNodes(triples);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void json(Description d, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            if (d.row() == null) {
                json.writeObject(d.plain());
                return;
            }
            json.writeStartObject();
            if (d.withdrawn()) {
                json.writeBooleanField("withdrawn", true);
            }
            RowJson.writeFields(json, d.row());
            if (!d.withdrawn()) {
                json.writeArrayFieldStart("versions");
                for (Description.VersionLine v : d.versions()) {
                    json.writeStartObject();
                    json.writeNumberField("version", v.version());
                    json.writeStringField("uri", v.uri());
                    json.writeStringField("published_at", v.publishedAt());
                    json.writeStringField("change_note", v.changeNote());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }
}
