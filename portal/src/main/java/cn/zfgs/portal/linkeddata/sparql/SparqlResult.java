package cn.zfgs.portal.linkeddata.sparql;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.List;

/**
 * 查询结果 — what a query produced, held in memory (at most the result limit) so that a timeout or a failure is
 * known before any byte is sent. {@code truncated} says the limit cut it short.
 */
public sealed interface SparqlResult {

    boolean truncated();

    /** SELECT: the variables and the rows. */
    record Rows(List<Var> variables, List<Binding> rows, boolean truncated) implements SparqlResult {
    }

    /** ASK. */
    record Answer(boolean value) implements SparqlResult {
        @Override
        public boolean truncated() {
            return false;
        }
    }

    /** CONSTRUCT or DESCRIBE. */
    record Triples(List<Triple> triples, boolean truncated) implements SparqlResult {
    }
}
