package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes triples as JSON-LD node objects: one object per subject, properties as compact IRIs under the common
 * prefixes, IRIs as {@code {"@id"}}, Chinese text as {@code {"@value","@language"}}, typed values with their
 * {@code @type}. Works on the few triples of one entity at a time.
 */
public final class JsonLdNodes {

    private final JsonGenerator json;

    public JsonLdNodes(JsonGenerator json) {
        this.json = json;
    }

    public void writeContext() throws IOException {
        json.writeObjectFieldStart("@context");
        for (Map.Entry<String, String> prefix : ZFGS.PREFIXES.entrySet()) {
            json.writeStringField(prefix.getKey(), prefix.getValue());
        }
        json.writeEndObject();
    }

    /** One node object per subject among {@code triples}, in order of first appearance. */
    public void writeNodes(List<Triple> triples) throws IOException {
        Map<Node, Map<Node, List<Node>>> bySubject = new LinkedHashMap<>();
        for (Triple t : triples) {
            bySubject.computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                    .add(t.getObject());
        }
        for (Map.Entry<Node, Map<Node, List<Node>>> subject : bySubject.entrySet()) {
            json.writeStartObject();
            json.writeStringField("@id", subject.getKey().getURI());
            for (Map.Entry<Node, List<Node>> property : subject.getValue().entrySet()) {
                if (property.getKey().equals(RDF.type.asNode())) {
                    json.writeArrayFieldStart("@type");
                    for (Node type : property.getValue()) {
                        json.writeString(compact(type.getURI()));
                    }
                    json.writeEndArray();
                    continue;
                }
                json.writeArrayFieldStart(compact(property.getKey().getURI()));
                for (Node value : property.getValue()) {
                    writeValue(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private void writeValue(Node value) throws IOException {
        if (value.isURI()) {
            json.writeStartObject();
            json.writeStringField("@id", value.getURI());
            json.writeEndObject();
            return;
        }
        String language = value.getLiteralLanguage();
        String datatype = value.getLiteralDatatypeURI();
        if (language != null && !language.isEmpty()) {
            json.writeStartObject();
            json.writeStringField("@value", value.getLiteralLexicalForm());
            json.writeStringField("@language", language);
            json.writeEndObject();
        } else if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
            json.writeString(value.getLiteralLexicalForm());
        } else {
            json.writeStartObject();
            json.writeStringField("@value", value.getLiteralLexicalForm());
            json.writeStringField("@type", compact(datatype));
            json.writeEndObject();
        }
    }

    static String compact(String iri) {
        for (Map.Entry<String, String> prefix : ZFGS.PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length()) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return iri;
    }
}
