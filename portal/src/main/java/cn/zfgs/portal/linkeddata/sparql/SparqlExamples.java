package cn.zfgs.portal.linkeddata.sparql;

import java.util.List;

/** 示例查询 — the example queries the SPARQL page offers, each answering a question the press asks. */
public final class SparqlExamples {

    private static final String PREFIXES = """
            PREFIX zfgs: <https://w3id.org/zfgs/def#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** 示例 — a titled query. */
    public record Example(String key, String title, String query) {
    }

    public static final List<Example> ALL = List.of(
            new Example("decisions-by-agency-and-year", "各执法机关每年作出的执法决定数", PREFIXES + """
                    SELECT ?agency ?name ?year (COUNT(?decision) AS ?decisions) WHERE {
                      ?decision a zfgs:EnforcementDecision ;
                                prov:wasAttributedTo ?agency ;
                                zfgs:decisionDate ?date .
                      ?agency schema:name ?name .
                      BIND (YEAR(?date) AS ?year)
                    }
                    GROUP BY ?agency ?name ?year
                    ORDER BY ?name ?year"""),
            new Example("fines-by-article", "按法律条文统计的罚款（件数与金额）", PREFIXES + """
                    SELECT ?article ?label (COUNT(?decision) AS ?decisions) (SUM(?fine) AS ?total) WHERE {
                      ?decision a zfgs:EnforcementDecision ;
                                zfgs:legalBasis ?article ;
                                zfgs:fineAmount ?fine .
                      ?article rdfs:label ?label .
                    }
                    GROUP BY ?article ?label
                    ORDER BY DESC(?total)
                    LIMIT 20"""),
            new Example("officers-by-category", "各执法类别持有效证件的执法人员人数", PREFIXES + """
                    SELECT ?category (COUNT(?officer) AS ?officers) WHERE {
                      ?officer a zfgs:EnforcementOfficer ;
                               zfgs:enforcementCategory ?category ;
                               zfgs:officerStatus "有效"@zh .
                    }
                    GROUP BY ?category
                    ORDER BY DESC(?officers)"""),
            new Example("corrections", "被更正过的执法决定及更正说明", PREFIXES + """
                    PREFIX dct: <http://purl.org/dc/terms/>
                    SELECT ?decision ?number ?version ?note WHERE {
                      ?decision a zfgs:EnforcementDecision ;
                                zfgs:documentNumber ?number ;
                                dct:hasVersion ?version .
                      ?version prov:wasRevisionOf ?previous ;
                               zfgs:changeNote ?note .
                    }
                    LIMIT 50"""));

    private SparqlExamples() {
    }
}
