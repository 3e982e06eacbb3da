package nl.inbreng.search;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this replica's index in line with the database: at start it rebuilds a missing, corrupt or out-of-step index,
 * then it follows the change log (table index_outbox) from its own position, which it commits to Lucene together
 * with the changes it applied (ADR 0141). Every replica reads every row, so each one's index follows the database;
 * applying a row twice does no harm, so a crash (even kill -9) at any moment loses nothing. A replica whose position
 * lies below what the log has pruned rebuilds its index.
 */
@Singleton
public class IndexOutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(IndexOutboxWorker.class);
    private static final int BATCH = 500;
    private static final int REBUILD_BATCH = 1_000;
    private static final Duration POLL = Duration.ofMillis(250);
    /** How often a running replica checks whether the log was pruned past its position (it fell far behind). */
    private static final Duration PRUNE_CHECK = Duration.ofMinutes(1);
    /**
     * While inputs keep coming, changes are committed to disk at most this often: a Lucene commit (fsync) per small
     * batch was 40 % of this thread's CPU under a stream of submissions (docs/benchmarks.md, issue 19). Searches see
     * every batch at once through the near-real-time reader; a crash before the commit only makes the next start
     * apply those log rows again, which is harmless. A quiet log, a removed text and a rebuild still commit at once.
     */
    private static final Duration COMMIT_AT_MOST_EVERY = Duration.ofSeconds(1);
    /** Searches refresh the index when they read it (ADR 0178); past this many unseen changes the worker does. */
    private static final int REFRESH_AT_MOST_UNSEEN = 5_000;

    private final SearchIndex index;
    private final SubmissionSource source;
    private final IndexOutboxRepository outbox;
    private final Clock clock;
    private final Object lock = new Object();
    private ChangeLogPosition position;
    private Instant nextPruneCheck = Instant.MIN;
    private long lastCommitNanos = System.nanoTime();
    private boolean uncommitted;
    private final CountDownLatch recovered = new CountDownLatch(1);
    private volatile boolean running;
    private boolean rebuildPending;
    private Thread thread;

    IndexOutboxWorker(SearchIndex index, SubmissionSource source, IndexOutboxRepository outbox, Clock clock) {
        this.index = index;
        this.source = source;
        this.outbox = outbox;
        this.clock = clock;
        this.position = new ChangeLogPosition(index.committedWatermark());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "index-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            recover();
        } catch (Exception e) {
            LOG.error("Search index recovery failed; the outbox will still be applied", e);
        } finally {
            recovered.countDown();
        }
        while (running) {
            try {
                if (drainOnce() == 0) {
                    Thread.sleep(POLL.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("Applying the index outbox failed; retrying shortly", e);
                sleepQuietly();
            }
        }
    }

    /** Waits for the start-up recovery, then applies every pending change now. For tests and tools. */
    public void awaitCaughtUp() {
        try {
            if (!recovered.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Search index recovery did not finish");
            }
            while (drainOnce() > 0) {
                // keep going until the outbox is empty
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot apply the index outbox", e);
        }
    }

    int drainOnce() throws IOException, SQLException {
        synchronized (lock) {
            if (rebuildPending || fellBehindThePrunedLog()) {
                rebuild();
            }
            List<IndexOutboxEntry> rows = new ArrayList<>();
            if (position.hasGaps()) {
                rows.addAll(outbox.between(position.watermark(), position.highest()));
            }
            rows.addAll(outbox.after(position.highest(), BATCH));
            List<Long> unapplied = position.unapplied(rows.stream().map(IndexOutboxEntry::id).toList());
            long watermarkBefore = position.watermark();
            if (unapplied.isEmpty()) {
                position.advance(clock.instant());
                if (position.watermark() != watermarkBefore || uncommitted) {
                    commit();
                }
                return 0;
            }
            Set<Long> unappliedIds = new HashSet<>(unapplied);
            Set<Long> ids = new LinkedHashSet<>();
            for (IndexOutboxEntry row : rows) {
                if (unappliedIds.contains(row.id())) {
                    ids.add(row.submissionId());
                }
            }
            Map<Long, IndexedSubmission> current = source.load(ids);
            Map<Long, String> indexedTexts = indexedTexts(ids);
            IndexWriter writer = index.writer();
            boolean textLeft = false;
            for (Long id : ids) {
                IndexedSubmission submission = current.get(id);
                Term key = new Term(IndexedSubmission.ID, Long.toString(id));
                String before = indexedTexts.get(id);
                if (submission == null) {
                    writer.deleteDocuments(key);
                    textLeft |= before != null;
                } else {
                    writer.updateDocument(key, submission.toDocument(index.facetsConfig()));
                    textLeft |= before != null && !before.equals(submission.texts());
                }
            }
            index.changed(ids);
            position.applied(unapplied, clock.instant());
            if (textLeft || System.nanoTime() - lastCommitNanos >= COMMIT_AT_MOST_EVERY.toNanos()) {
                commit();
            } else {
                uncommitted = true;
            }
            if (textLeft) {
                // A delete only marks the document; its words stay in the segment files until a merge rewrites them.
                // A withdrawal or redaction promises the text is gone, so rewrite the segments with deletions now
                // (the merge policy lets no deletion stay behind, see SearchIndex). The merge policy only sees the
                // deletions once a commit has written them, hence the commit above; both run before the 204.
                writer.forceMergeDeletes(true);
                index.commit(position.watermark());
            }
            if (textLeft || index.unseenCount() >= REFRESH_AT_MOST_UNSEEN) {
                // Also releases the reader of merged-away segments, so the writer deletes their files.
                index.refresh();
            }
            return unapplied.size();
        }
    }

    private void commit() throws IOException {
        index.commit(position.watermark());
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
    }

    /**
     * The texts the index holds now for these ids, to see whether a change removes text: one query for the batch,
     * on a searcher refreshed only when one of these inputs changed since the last refresh (new inputs never are).
     */
    private Map<Long, String> indexedTexts(Set<Long> ids) throws IOException {
        Map<Long, String> texts = new HashMap<>();
        IndexSearcher searcher = index.acquireShowing(ids);
        try {
            List<BytesRef> keys = ids.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            TopDocs found = searcher.search(new TermInSetQuery(IndexedSubmission.ID, keys), Math.max(1, ids.size()));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : found.scoreDocs) {
                Document doc = stored.document(hit.doc);
                texts.put(Long.parseLong(doc.get(IndexedSubmission.ID)),
                        IndexedSubmission.texts(doc.get(IndexedSubmission.PROBLEM), doc.get(IndexedSubmission.SOLUTION)));
            }
        } finally {
            index.release(searcher);
        }
        return texts;
    }

    private boolean fellBehindThePrunedLog() {
        Instant now = clock.instant();
        if (now.isBefore(nextPruneCheck)) {
            return false;
        }
        nextPruneCheck = now.plus(PRUNE_CHECK);
        Long pruned = outbox.prunedThrough();
        if (pruned != null && position.watermark() < pruned) {
            LOG.info("Search index: its change-log position {} lies below the pruned log ({}); rebuilding",
                    position.watermark(), pruned);
            return true;
        }
        return false;
    }

    private void recover() throws IOException, SQLException {
        synchronized (lock) {
            if (index.startedEmpty()) {
                // Also with nothing to index: the commit records the schema version, and readiness follows it.
                LOG.info("Search index: rebuilding it from the database");
                rebuild();
            }
            // Apply what other replicas (or this one, before a crash) changed since the index's position.
            int applied = 0;
            int batch;
            while ((batch = drainOnce()) > 0) {
                applied += batch;
            }
            if (applied > 0) {
                LOG.info("Search index: applied {} changes from the change log", applied);
            }
            long expected = source.countIndexable();
            long actual = indexedCount();
            if (actual != expected) {
                LOG.info("Search index holds {} inputs, database {}: rebuilding it from the database", actual, expected);
                rebuild();
            }
            index.caughtUp();
        }
    }

    private long indexedCount() throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            index.release(searcher);
        }
    }

    /** Replaces the whole index with what the database holds now; returns the number of inputs indexed. */
    public long rebuild() throws IOException, SQLException {
        synchronized (lock) {
            // Pending until it succeeds: a failed rebuild leaves uncommitted deletes in the writer, and the next drain
            // would commit them. So every drain first retries the rebuild.
            rebuildPending = true;
            long started = System.nanoTime();
            long seen = changesSurelyVisibleToARebuildStartingNow();
            long total = source.countIndexable();
            index.rebuildStarted(total);
            long done = rebuildAll(total, seen);
            position.resetTo(seen);
            rebuildPending = false;
            index.rebuildFinished();
            LOG.info("Search index rebuilt: {} inputs in {} ms", done, (System.nanoTime() - started) / 1_000_000);
            return done;
        }
    }

    /**
     * The change-log position a rebuild that starts now may claim: changes logged longer ago than any transaction lasts
     * were committed before the rebuild reads the database. Younger ones are applied again afterwards (harmless).
     */
    private long changesSurelyVisibleToARebuildStartingNow() {
        LocalDateTime settled = LocalDateTime.now(clock).minus(ChangeLogPosition.GAP_GRACE);
        Long logged = outbox.maxIdCreatedBefore(settled);
        Long pruned = outbox.prunedThrough();
        return Math.max(logged == null ? 0 : logged, pruned == null ? 0 : pruned);
    }

    /**
     * Searches keep seeing the last refreshed reader until the single commit at the end, and are refused meanwhile
     * (SearchIndex.isReady), so nobody sees a half-built index.
     */
    private long rebuildAll(long total, long watermark) throws IOException, SQLException {
        IndexWriter writer = index.writer();
        writer.deleteAll();
        long done = 0;
        long nextReport = Math.max(1, total / 10);
        long lastId = 0;
        List<Long> ids;
        while (!(ids = source.idsAfter(lastId, REBUILD_BATCH)).isEmpty()) {
            for (IndexedSubmission submission : source.load(ids).values()) {
                writer.addDocument(submission.toDocument(index.facetsConfig()));
                done++;
            }
            lastId = ids.get(ids.size() - 1);
            index.rebuildProgressed(done);
            if (done >= nextReport) {
                LOG.info("Rebuilding search index: {}/{} inputs ({}%)", done, total, total == 0 ? 100 : done * 100 / total);
                nextReport += Math.max(1, total / 10);
            }
        }
        // Changes logged during the rebuild lie above the watermark and are applied afterwards.
        index.commit(watermark);
        index.refresh();
        return done;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            // No interrupt: an interrupted thread inside NIO would close the index files under the writer.
            thread.join(10_000);
        }
    }
}
