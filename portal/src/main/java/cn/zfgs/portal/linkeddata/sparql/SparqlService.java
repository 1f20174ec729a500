package cn.zfgs.portal.linkeddata.sparql;

import cn.zfgs.portal.linkeddata.store.RdfReadModel;
import cn.zfgs.portal.opendata.OpenDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * SPARQL 查询 — runs read-only SPARQL 1.1 queries on the RDF read model, within limits: a query text length, a
 * number of queries at once, a time limit after which the query is cancelled, and a result limit (a query asking
 * for more, or for no limit, gets the limit and is told it was cut short).
 */
@ApplicationScoped
public class SparqlService {

    private static final Pattern UPDATE = Pattern.compile(
            "(?is).*\\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\\b.*");

    private final OpenDataConfig config;
    private final RdfReadModel model;
    private final Semaphore running;

    @Inject
    public SparqlService(OpenDataConfig config, RdfReadModel model) {
        this.config = config;
        this.model = model;
        this.running = new Semaphore(config.sparql().maxConcurrent());
    }

    /** Parses and checks a query text, or throws a 400 with the parser's message. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SparqlException(400, "缺少查询：请在参数 query 中提供 SPARQL 查询");
        }
        if (text.length() > config.sparql().maxQueryLength()) {
            throw new SparqlException(400, "查询过长：不能超过 " + config.sparql().maxQueryLength() + " 个字符");
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (UPDATE.matcher(text).matches() && !text.toUpperCase().contains("SELECT")) {
                throw new SparqlException(400, "本服务只读，不接受 SPARQL Update（INSERT、DELETE 等）。解析器的信息："
                        + e.getMessage());
            }
            throw new SparqlException(400, "SPARQL 查询语法错误（第 " + e.getLine() + " 行第 " + e.getColumn() + " 列）："
                    + e.getMessage());
        }
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService service) {
                    throw new SparqlException(400, "本服务不执行联邦查询（SERVICE）：只能查询本平台的数据");
                }
            });
        }
        return query;
    }

    public SparqlResult run(Query query) {
        DatasetGraph dsg = model.dataset().orElseThrow(() -> new SparqlException(503,
                "RDF 数据正在首次建立，暂时无法查询，请稍后再试"));
        if (!running.tryAcquire()) {
            throw new SparqlException(429, "同时进行的查询过多，请稍后再试");
        }
        try {
            int limit = config.sparql().resultLimit();
            boolean limited = !query.hasLimit() || query.getLimit() > limit;
            if (limited) {
                query.setLimit(limit + 1L);
            }
            dsg.begin(ReadWrite.READ);
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .timeout(config.sparql().timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                return execute(query, execution, limit);
            } finally {
                dsg.end();
            }
        } catch (QueryCancelledException e) {
            throw new SparqlException(503, "查询超过 " + config.sparql().timeout().toSeconds()
                    + " 秒仍未完成，已被中止。请缩小范围（更具体的条件、LIMIT）后再试");
        } finally {
            running.release();
        }
    }

    private static SparqlResult execute(Query query, QueryExecution execution, int limit) {
        if (query.isSelectType()) {
            ResultSet rs = execution.execSelect();
            List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext() && rows.size() <= limit) {
                rows.add(BindingFactory.copy(rs.nextBinding()));
            }
            boolean truncated = rows.size() > limit;
            return new SparqlResult.Rows(vars, truncated ? rows.subList(0, limit) : rows, truncated);
        }
        if (query.isAskType()) {
            return new SparqlResult.Answer(execution.execAsk());
        }
        Iterator<Triple> triples = query.isConstructType() ? execution.execConstructTriples()
                : execution.execDescribeTriples();
        List<Triple> collected = new ArrayList<>();
        while (triples.hasNext() && collected.size() <= limit) {
            collected.add(triples.next());
        }
        boolean truncated = collected.size() > limit;
        return new SparqlResult.Triples(truncated ? collected.subList(0, limit) : collected, truncated);
    }
}
