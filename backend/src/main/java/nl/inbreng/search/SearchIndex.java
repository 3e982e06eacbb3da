package nl.inbreng.search;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import nl.inbreng.common.InbrengSettings;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Lucene index under INBRENG_DATA_DIR/index: one writer and one SearcherManager for the whole
 * application. The database stays the source of truth; an index that is missing, fails its checksums or was written
 * with another document schema ({@link IndexedSubmission#SCHEMA_VERSION} in the commit's user data, ADR 0111) is
 * thrown away here and rebuilt from the database by {@link IndexOutboxWorker} in the background. Until that rebuild
 * has committed, {@link #isReady()} is false: /health answers 503 and searches are refused rather than answered from
 * a half-built index.
 */
@Context
public class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** The commit-data key of the change-log watermark: every change with an id up to it is in this commit. */
    static final String WATERMARK_KEY = "changelog.watermark";

    private final DutchAnalysis analysis;
    private final FacetsConfig facetsConfig = IndexedSubmission.facetsConfig();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final String rebuildReason;
    private final long committedWatermark;
    private volatile boolean rebuilding;
    private volatile boolean caughtUp;
    private volatile long rebuildDone;
    private volatile long rebuildTotal;
    /** Guards {@link #unseen}: ids written to the index since the last refresh, which no searcher shows yet. */
    private final Object refreshLock = new Object();
    private Set<Long> unseen = new HashSet<>();
    private volatile boolean anyUnseen;

    SearchIndex(InbrengSettings settings, ExtraWords extraWords) {
        this.analysis = DutchAnalysis.withExtraWords(extraWords.exampleWords());
        try {
            Path path = settings.dataPath().resolve("index");
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            this.rebuildReason = rebuildReason(directory);
            boolean usable = rebuildReason == null;
            if (!usable) {
                LOG.info("Search index {}: it will be rebuilt from the database", rebuildReason);
                clear(path);
            }
            this.rebuilding = !usable;
            this.committedWatermark = usable ? watermarkOf(directory) : 0;
            // forceMergeDeletes after a withdrawal must rewrite every segment that still holds deleted text (ADR 0112);
            // the default leaves segments with under 10 % deletions alone.
            TieredMergePolicy mergePolicy = new TieredMergePolicy();
            mergePolicy.setForceMergeDeletesPctAllowed(0.0);
            IndexWriterConfig config = new IndexWriterConfig(analysis.documentAnalyzer())
                    .setMergePolicy(mergePolicy)
                    .setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            // Every commit from now on records the schema this code writes.
            writer.setLiveCommitData(commitData(committedWatermark));
            this.searcherManager = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** Why the index on disk cannot be used as it is, or null when it can. */
    private static String rebuildReason(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "is missing";
            }
            // Checksums only: fast enough at every start and catches torn or bit-flipped files.
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setChecksumsOnly(true);
                if (!check.checkIndex().clean) {
                    return "is corrupt";
                }
            }
            String version = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexedSubmission.SCHEMA_KEY);
            if (!IndexedSubmission.SCHEMA_VERSION.equals(version)) {
                return "has document schema " + (version == null ? "none" : version) + ", this version writes "
                        + IndexedSubmission.SCHEMA_VERSION;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static long watermarkOf(Directory directory) throws IOException {
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(WATERMARK_KEY);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static Iterable<Map.Entry<String, String>> commitData(long watermark) {
        return Map.of(IndexedSubmission.SCHEMA_KEY, IndexedSubmission.SCHEMA_VERSION,
                WATERMARK_KEY, Long.toString(watermark)).entrySet();
    }

    /**
     * Commits what the writer holds together with the change-log position it reflects, so the index on disk always
     * says how far it has read (ADR 0141). A commit with only a new position is written too.
     */
    void commit(long watermark) throws IOException {
        writer.setLiveCommitData(commitData(watermark));
        writer.commit();
    }

    /** The change-log position of the commit this index was opened at (0 for a new index). */
    long committedWatermark() {
        return committedWatermark;
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

    /** The searcher manager itself, for tests and tools that refresh it themselves; searches use {@link #acquire()}. */
    public SearcherManager searchers() {
        return searcherManager;
    }

    /**
     * A searcher that shows every change written so far; give it back with {@link #release}. The index is refreshed
     * here, when someone reads, instead of after every batch the outbox writes: under a stream of submissions that
     * refresh (a tiny segment flushed per batch) was 40 % of the indexing thread's CPU, for searches nobody made
     * (docs/adr/0178-refresh-the-index-on-read.md).
     */
    public IndexSearcher acquire() throws IOException {
        if (anyUnseen) {
            refresh();
        }
        return searcherManager.acquire();
    }

    /** Like {@link #acquire()}, but refreshes only when one of these inputs changed since the last refresh. */
    IndexSearcher acquireShowing(Collection<Long> ids) throws IOException {
        boolean stale;
        synchronized (refreshLock) {
            stale = ids.stream().anyMatch(unseen::contains);
        }
        if (stale) {
            refresh();
        }
        return searcherManager.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searcherManager.release(searcher);
    }

    /** The writer holds changes to these inputs that no searcher shows yet. Call after writing them. */
    void changed(Collection<Long> ids) {
        synchronized (refreshLock) {
            unseen.addAll(ids);
            anyUnseen = true;
        }
    }

    /** How many changed inputs no searcher shows yet. */
    int unseenCount() {
        synchronized (refreshLock) {
            return unseen.size();
        }
    }

    /**
     * Opens a searcher on everything written so far. Holding the lock while refreshing makes a reader that arrives
     * meanwhile wait for this refresh instead of taking the old searcher; the flag drops only once it is done.
     */
    void refresh() throws IOException {
        synchronized (refreshLock) {
            unseen = new HashSet<>();
            searcherManager.maybeRefreshBlocking();
            anyUnseen = false;
        }
    }

    public DutchAnalysis analysis() {
        return analysis;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** True when the index was missing, corrupt or of another schema at start, so it must be filled from the database. */
    boolean startedEmpty() {
        return rebuildReason != null;
    }

    /** True while the index can be written and searched. */
    public boolean isUsable() {
        return writer.isOpen();
    }

    /**
     * True when the index is usable and complete: no rebuild is pending or running, and since start it has caught up
     * with the change log once, so this replica answers like the others.
     */
    public boolean isReady() {
        return isUsable() && !rebuilding && caughtUp;
    }

    /** True while the index is being rebuilt from the database (as opposed to catching up with recent changes). */
    public boolean isRebuilding() {
        return rebuilding;
    }

    void caughtUp() {
        caughtUp = true;
    }

    /** How far a running rebuild is: inputs indexed and inputs to index (both 0 when none runs). */
    public RebuildProgress rebuildProgress() {
        return new RebuildProgress(rebuildDone, rebuildTotal);
    }

    /** Inputs indexed so far out of the inputs a rebuild will index. */
    public record RebuildProgress(long done, long total) {
    }

    void rebuildStarted(long total) {
        rebuildDone = 0;
        rebuildTotal = total;
        rebuilding = true;
    }

    void rebuildProgressed(long done) {
        rebuildDone = done;
    }

    void rebuildFinished() {
        rebuilding = false;
        rebuildDone = 0;
        rebuildTotal = 0;
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        searcherManager.close();
        writer.close();
        directory.close();
    }
}
