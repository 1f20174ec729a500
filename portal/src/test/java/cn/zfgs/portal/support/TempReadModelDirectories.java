package cn.zfgs.portal.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Fresh directories for the read models (search index, RDF store, dataset snapshots) at each start of the test
 * application: a model left by an earlier run of another database is never reused, and a test profile that restarts
 * Quarkus in the same JVM never meets a file lock still held by the previous start.
 */
@QuarkusTestResource(TempReadModelDirectories.class)
public class TempReadModelDirectories implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "search.directory", fresh("zfgs-search-test"),
                "opendata.rdf.directory", fresh("zfgs-rdf-test"),
                "opendata.snapshots.directory", fresh("zfgs-snapshots-test"));
    }

    private static String fresh(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The directories are left in the system's temporary directory for inspection.
    }
}
