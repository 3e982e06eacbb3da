package nl.inbreng.search;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import nl.inbreng.common.InbrengSettings;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Lucene index under INBRENG_DATA_DIR/index: one writer and one SearcherManager for the whole
 * application. The database stays the source of truth; an index that is missing or fails its checksums is thrown
 * away here and rebuilt from the database by {@link IndexOutboxWorker}.
 */
@Context
public class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final DutchAnalysis analysis;
    private final FacetsConfig facetsConfig = IndexedSubmission.facetsConfig();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final boolean startedEmpty;

    SearchIndex(InbrengSettings settings, ThemaRepository themes) {
        List<String> exampleWords = themes.findAll().stream().map(Thema::exampleWords).filter(Objects::nonNull).toList();
        this.analysis = DutchAnalysis.withExtraWords(exampleWords);
        try {
            Path path = settings.dataPath().resolve("index");
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            boolean usable = DirectoryReader.indexExists(directory) && passesCheck(directory);
            if (!usable) {
                clear(path);
            }
            this.startedEmpty = !usable;
            IndexWriterConfig config = new IndexWriterConfig(analysis.documentAnalyzer())
                    .setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searcherManager = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    private static boolean passesCheck(Directory directory) {
        // Checksums only: fast enough at every start and catches torn or bit-flipped files.
        try (CheckIndex check = new CheckIndex(directory)) {
            check.setChecksumsOnly(true);
            boolean clean = check.checkIndex().clean;
            if (!clean) {
                LOG.warn("Search index is corrupt; it will be rebuilt from the database");
            }
            return clean;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index cannot be read ({}); it will be rebuilt from the database", e.getClass().getSimpleName());
            return false;
        }
    }

    private static void clear(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public IndexWriter writer() {
        return writer;
    }

    public SearcherManager searchers() {
        return searcherManager;
    }

    public DutchAnalysis analysis() {
        return analysis;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** True when the index was missing or corrupt at start, so it must be filled from the database. */
    boolean startedEmpty() {
        return startedEmpty;
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
