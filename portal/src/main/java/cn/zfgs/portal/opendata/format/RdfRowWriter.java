package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.ZFGS;
import cn.zfgs.portal.opendata.DatasetRow;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

import java.io.OutputStream;

/**
 * Turtle or N-Triples through Jena's streaming writers: triples leave as they are made, so a dataset of any size
 * is written in constant memory. Turtle groups each entity's triples in one block under the common prefixes.
 */
final class RdfRowWriter implements RowWriter {

    private final StreamRDF stream;
    private final RdfOut out;

    private RdfRowWriter(OutputStream sink, RDFFormat format, boolean prefixes) {
        this.stream = StreamRDFWriter.getWriterStream(sink, format);
        stream.start();
        if (prefixes) {
            ZFGS.PREFIXES.forEach(stream::prefix);
        }
        this.out = new RdfOut(stream::triple);
    }

    static RdfRowWriter turtle(OutputStream sink) {
        return new RdfRowWriter(sink, RDFFormat.TURTLE_BLOCKS, true);
    }

    static RdfRowWriter ntriples(OutputStream sink) {
        return new RdfRowWriter(sink, RDFFormat.NTRIPLES, false);
    }

    @Override
    public void write(DatasetRow row) {
        row.dataset().describe(row, row.dataset().subject(row), out);
    }

    @Override
    public void finish() {
        stream.finish();
    }
}
