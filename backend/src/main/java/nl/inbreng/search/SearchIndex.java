package nl.inbreng.search;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import nl.inbreng.common.InbrengSettings;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Lucene index under INBRENG_DATA_DIR/index: one writer and one SearcherManager for the whole
 * application. The database stays the source of truth; this index can always be rebuilt from it.
 */
@Context
public class SearchIndex implements AutoCloseable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;

    SearchIndex(InbrengSettings settings) {
        try {
            Path path = settings.dataPath().resolve("index");
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new DutchAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searcherManager = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    public IndexWriter writer() {
        return writer;
    }

    public SearcherManager searchers() {
        return searcherManager;
    }

    /** True while the index can be written and searched. */
    public boolean isUsable() {
        return writer.isOpen();
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        searcherManager.close();
        writer.close();
        directory.close();
    }
}
