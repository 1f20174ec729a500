package cn.zfgs.portal.linkeddata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Writes the triples that describe public entities, one at a time, to whatever consumes them (a streaming Turtle
 * writer, a named graph in the read model). Absent values write nothing; Chinese text carries the {@code zh} tag.
 */
public final class RdfOut {

    /** Beijing time, the offset every timestamp of the open data is written in. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Consumer<Triple> sink;

    public RdfOut(Consumer<Triple> sink) {
        this.sink = sink;
    }

    public static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    /** ISO 8601 with the +08:00 offset, to the second: how the open data writes every timestamp. */
    public static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(CHINA));
    }

    public void add(Node s, Property p, Node o) {
        sink.accept(Triple.create(s, p.asNode(), o));
    }

    public void type(Node s, Resource type) {
        add(s, RDF.type, type.asNode());
    }

    public void link(Node s, Property p, String uri) {
        if (uri != null) {
            add(s, p, uri(uri));
        }
    }

    /** Chinese text, tagged {@code @zh}. */
    public void text(Node s, Property p, String text) {
        if (text != null && !text.isEmpty()) {
            add(s, p, NodeFactory.createLiteralLang(text, "zh"));
        }
    }

    /** A code or number written as a plain string (document numbers, certificate numbers, credit codes). */
    public void code(Node s, Property p, String value) {
        if (value != null && !value.isEmpty()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    public void date(Node s, Property p, LocalDate date) {
        if (date != null) {
            add(s, p, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        }
    }

    public void dateTime(Node s, Property p, Instant at) {
        if (at != null) {
            add(s, p, NodeFactory.createLiteralDT(timestamp(at), XSDDatatype.XSDdateTime));
        }
    }

    /**
     * An xsd:decimal in its canonical form (18000.0, 4850.5). TDB2 stores decimals by value and gives them back
     * canonical, so a non-canonical form (18000.00) could not be matched, and so not deleted, later.
     */
    public void decimal(Node s, Property p, BigDecimal amount) {
        if (amount != null) {
            add(s, p, NodeFactory.createLiteralDT(canonical(amount), XSDDatatype.XSDdecimal));
        }
    }

    static String canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0).toPlainString() + ".0" : stripped.toPlainString();
    }

    public void integer(Node s, Property p, Number n) {
        if (n != null) {
            add(s, p, NodeFactory.createLiteralDT(String.valueOf(n.longValue()), XSDDatatype.XSDinteger));
        }
    }

    public void bool(Node s, Property p, Boolean b) {
        if (b != null) {
            add(s, p, NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean));
        }
    }
}
