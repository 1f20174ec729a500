package cn.zfgs.search.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * 索引进度 — the last publication log sequence the index has applied, kept in the Lucene commit user data of a
 * small index beside the documents' index. It is written only after the documents' own commit, so after a crash it
 * is never ahead of the documents; replaying events it is behind on is harmless because applying an event means
 * "make the item's document equal its current row". A rebuild first records {@link #REBUILDING}, so a rebuild cut
 * short starts over. The open writer also holds the directory's lock: one process per index directory.
 */
final class IndexState implements AutoCloseable {

    static final String SEQ = "zfgs.appliedSeq";
    static final String MAPPING = "zfgs.mappingVersion";
    static final long REBUILDING = -1;

    private final Directory directory;
    private final IndexWriter writer;

    IndexState(Path path) {
        try {
            this.directory = FSDirectory.open(path);
            this.writer = new IndexWriter(directory, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index state in " + path, e);
        }
    }

    /** The applied sequence, or empty when none was ever recorded, a rebuild was cut short or the mapping changed. */
    OptionalLong appliedSeq(String mappingVersion) {
        Map<String, String> data = userData();
        String seq = data.get(SEQ);
        if (seq == null || !mappingVersion.equals(data.get(MAPPING))) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(seq);
        return value == REBUILDING ? OptionalLong.empty() : OptionalLong.of(value);
    }

    void record(long seq, String mappingVersion) {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq), MAPPING, mappingVersion).entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the search index state", e);
        }
    }

    private Map<String, String> userData() {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index state", e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
