package cn.zfgs.portal.search;

import cn.zfgs.search.index.PublishedSource;
import cn.zfgs.search.index.SearchIndex;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.util.Map;

/**
 * A separate JVM that writes the search index, for {@link IndexCrashTest} to kill with SIGKILL: {@code rebuild}
 * rebuilds from the published tables; {@code follow} catches up on the publication log, committing every few events.
 * Arguments: JDBC URL, database role, index directory, mode.
 */
public final class IndexerProcess {

    private IndexerProcess() {
    }

    public static void main(String... args) {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(args[0]);
        db.setUser(args[1]);
        PublishedSource source = new PublishedSource(db);
        try (SearchIndex index = SearchIndex.open(Path.of(args[2]), SearchIndex.Backend.LUCENE, Map.of())) {
            System.out.println("opened");
            if (args[3].equals("rebuild")) {
                index.rebuild(source, n -> { });
            }
            index.synchronize(source, 3);
            System.out.println("done " + index.appliedSeq());
        }
    }
}
