package cn.zfgs.search.bench;

import cn.zfgs.search.analysis.ChineseAnalyzers;
import cn.zfgs.search.query.PublicQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * 原生 Lucene — the same queries straight on the index Hibernate Search wrote, with the same analyzers and the same
 * query structure (exact 文号/当事人, bigram and word fields, phrases, exclusions, filters), scoring, the top 20 with
 * their stored title and body, and the exact total. No facets and no highlights: this is the limit.
 */
final class RawLucene implements AutoCloseable {

    private static final Set<String> FIELDS = Set.of("title", "body", "agency");

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder words = new QueryBuilder(ChineseAnalyzers.words());
    private final QueryBuilder grams = new QueryBuilder(ChineseAnalyzers.bigramQuery());
    private final Analyzer compact = ChineseAnalyzers.compact();

    RawLucene(Path index) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
    }

    long search(QueryMix.Query query) throws IOException {
        PublicQuery q = PublicQuery.parse(query.q());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.matchesAll()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        for (String w : q.words()) {
            b.add(word(w, true), BooleanClause.Occur.MUST);
        }
        for (String p : q.phrases()) {
            b.add(phrase(p), BooleanClause.Occur.MUST);
        }
        for (String w : q.excluded()) {
            b.add(word(w, false), BooleanClause.Occur.MUST_NOT);
        }
        if (query.agency() != null) {
            b.add(new TermQuery(new Term("agencyPath", query.agency().toString())), BooleanClause.Occur.FILTER);
        }
        if (query.year() != null) {
            b.add(IntPoint.newExactQuery("year", query.year()), BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(b.build(), 20);
        var stored = searcher.storedFields();
        for (ScoreDoc d : top.scoreDocs) {
            stored.document(d.doc, Set.of("title", "body"));
        }
        return top.totalHits.value;
    }

    private Query word(String w, boolean ranked) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, new TermQuery(new Term("codeExact", compact.normalize("codeExact", w))), ranked ? 40 : 1);
        add(b, new TermQuery(new Term("partyExact", compact.normalize("partyExact", w))), ranked ? 20 : 1);
        add(b, grams.createBooleanQuery("code", w, BooleanClause.Occur.MUST), ranked ? 6 : 1);
        add(b, grams.createBooleanQuery("party", w, BooleanClause.Occur.MUST), ranked ? 6 : 1);
        add(b, grams.createBooleanQuery("titleGrams", w, BooleanClause.Occur.MUST), ranked ? 3 : 1);
        add(b, grams.createBooleanQuery("bodyGrams", w, BooleanClause.Occur.MUST), ranked ? 0.5f : 1);
        for (String field : FIELDS) {
            add(b, words.createBooleanQuery(field, w, BooleanClause.Occur.MUST),
                    !ranked ? 1 : field.equals("title") ? 3 : field.equals("agency") ? 0.5f : 1);
        }
        return b.build();
    }

    private Query phrase(String p) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, words.createPhraseQuery("title", p), 3);
        add(b, grams.createPhraseQuery("titleGrams", p), 3);
        add(b, grams.createPhraseQuery("party", p), 6);
        add(b, grams.createPhraseQuery("code", p), 6);
        add(b, words.createPhraseQuery("body", p), 1);
        add(b, grams.createPhraseQuery("bodyGrams", p), 0.5f);
        return b.build();
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(boost == 1 ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
