package cn.zfgs.search.index;

import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one mapping also boots on the Elasticsearch/OpenSearch backend: Hibernate Search validates the mapping and the
 * analysis definitions for it, and exports the index it would create. No cluster is contacted (schema management
 * off, version given), so this runs anywhere; docs/SEARCH.md says how to point the portal at a real cluster.
 */
class ElasticsearchMappingTest {

    @TempDir
    Path dir;

    @Test
    void theMappingValidatesForElasticsearchAndOpenSearch() throws IOException {
        for (String version : List.of("8.15", "opensearch:2.17")) {
            Path export = dir.resolve(version.replace(':', '-'));
            try (CloseableSearchMapping mapping = SearchIndex.mapping(SearchIndex.Backend.ELASTICSEARCH, dir, Map.of(
                    "hibernate.search.backend.version", version,
                    "hibernate.search.backend.version_check.enabled", "false",
                    "hibernate.search.backend.hosts", "127.0.0.1:9",
                    "hibernate.search.schema_management.strategy", "none")).build();
                    SearchSession session = mapping.createSession()) {
                session.schemaManager().exportExpectedSchema(export);
            }
            String schema;
            try (Stream<Path> files = Files.walk(export)) {
                schema = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith("create-index.json"))
                        .map(p -> {
                            try {
                                return Files.readString(p);
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }).findFirst().orElseThrow();
            }
            assertThat(schema).as(version)
                    .contains("\"smartcn_tokenizer\"", "\"icu_normalizer\"", "\"cjk_bigram\"", "Traditional-Simplified")
                    .contains("\"chinese_words\"", "\"chinese_bigrams\"", "\"compact\"")
                    .contains("\"agencyPath\"", "\"codeExact\"", "\"partyExact\"");
        }
    }
}
