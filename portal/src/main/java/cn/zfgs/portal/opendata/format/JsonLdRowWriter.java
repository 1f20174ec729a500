package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.opendata.DatasetRow;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.jena.graph.Triple;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-LD written as it streams: one {@code @context} with the common prefixes, then a {@code @graph} array with
 * the node objects of each row, made from the same triples as Turtle (so both parse to the same graph).
 */
final class JsonLdRowWriter implements RowWriter {

    private final JsonGenerator json;
    private final JsonLdNodes nodes;
    private final List<Triple> buffer = new ArrayList<>();
    private final cn.zfgs.portal.linkeddata.RdfOut out = new cn.zfgs.portal.linkeddata.RdfOut(buffer::add);

    JsonLdRowWriter(OutputStream sink) throws IOException {
        this.json = JsonLinesRowWriter.FACTORY.createGenerator(sink, JsonEncoding.UTF8);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        this.nodes = new JsonLdNodes(json);
        json.writeStartObject();
        nodes.writeContext();
        json.writeArrayFieldStart("@graph");
    }

    @Override
    public void write(DatasetRow row) throws IOException {
        buffer.clear();
        row.dataset().describe(row, row.dataset().subject(row), out);
        nodes.writeNodes(buffer);
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
