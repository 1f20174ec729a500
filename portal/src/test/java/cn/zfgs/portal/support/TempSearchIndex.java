package cn.zfgs.portal.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A fresh search index directory for each test application, so that an index left by an earlier run (of another
 * database) is never reused.
 */
@QuarkusTestResource(TempSearchIndex.class)
public class TempSearchIndex implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            return Map.of("search.directory", Files.createTempDirectory("zfgs-search-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The directory is left in the system's temporary directory for inspection.
    }
}
