package nl.inbreng.search;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Brings the index in line with the database: at start it rebuilds a missing, corrupt or out-of-step index, then it
 * keeps draining the outbox. A row leaves the outbox only after the Lucene commit that applied it, and applying a
 * row twice does no harm, so a crash (even kill -9) at any moment loses nothing.
 */
@Singleton
public class IndexOutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(IndexOutboxWorker.class);
    private static final int BATCH = 500;
    private static final int REBUILD_BATCH = 1_000;
    private static final Duration POLL = Duration.ofMillis(250);

    private final SearchIndex index;
    private final SubmissionSource source;
    private final IndexOutboxRepository outbox;
    private final Object lock = new Object();
    private final CountDownLatch recovered = new CountDownLatch(1);
    private volatile boolean running;
    private boolean rebuildPending;
    private Thread thread;

    IndexOutboxWorker(SearchIndex index, SubmissionSource source, IndexOutboxRepository outbox) {
        this.index = index;
        this.source = source;
        this.outbox = outbox;
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
            if (rebuildPending) {
                rebuild();
            }
            List<IndexOutboxEntry> entries = outbox.oldest(BATCH);
            if (entries.isEmpty()) {
                return 0;
            }
            Set<Long> ids = new LinkedHashSet<>();
            List<Long> entryIds = new ArrayList<>();
            for (IndexOutboxEntry entry : entries) {
                ids.add(entry.submissionId());
                entryIds.add(entry.id());
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
            if (textLeft) {
                // A delete only marks the document; its words stay in the segment files until a merge rewrites them.
                // A withdrawal or redaction promises the text is gone, so rewrite the segments with deletions now
                // (the merge policy lets no deletion stay behind, see SearchIndex). The merge policy only sees the
                // deletions once a commit has written them, hence the commit first (both before the 204).
                writer.commit();
                writer.forceMergeDeletes(true);
            }
            writer.commit();
            // Releases the reader of the merged-away segments, so the writer deletes their files.
            index.searchers().maybeRefreshBlocking();
            outbox.deleteByIdIn(entryIds);
            return entries.size();
        }
    }

    /** The texts the index holds now for these ids, to see whether a change removes text. */
    private Map<Long, String> indexedTexts(Set<Long> ids) throws IOException {
        Map<Long, String> texts = new HashMap<>();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            for (Long id : ids) {
                TopDocs found = searcher.search(new TermQuery(new Term(IndexedSubmission.ID, Long.toString(id))), 1);
                if (found.scoreDocs.length > 0) {
                    Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
                    texts.put(id, IndexedSubmission.texts(doc.get(IndexedSubmission.PROBLEM), doc.get(IndexedSubmission.SOLUTION)));
                }
            }
        } finally {
            index.searchers().release(searcher);
        }
        return texts;
    }

    private void recover() throws IOException, SQLException {
        synchronized (lock) {
            if (index.startedEmpty()) {
                // Also with nothing to index: the commit records the schema version, and readiness follows it.
                LOG.info("Search index: rebuilding it from the database");
                rebuild();
                return;
            }
            // After a crash the outbox holds whatever had not reached a Lucene commit: replay it first.
            int replayed = 0;
            int applied;
            while ((applied = drainOnce()) > 0) {
                replayed += applied;
            }
            if (replayed > 0) {
                LOG.info("Search index: replayed {} pending changes from the outbox", replayed);
            }
            long expected = source.countIndexable();
            long actual = indexedCount();
            if (actual != expected) {
                LOG.info("Search index holds {} inputs, database {}: rebuilding it from the database", actual, expected);
                rebuild();
            }
        }
    }

    private long indexedCount() throws IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** Replaces the whole index with what the database holds now; returns the number of inputs indexed. */
    public long rebuild() throws IOException, SQLException {
        synchronized (lock) {
            // Pending until it succeeds: a failed rebuild leaves uncommitted deletes in the writer, and the next drain
            // would commit them. So every drain first retries the rebuild.
            rebuildPending = true;
            long started = System.nanoTime();
            long total = source.countIndexable();
            index.rebuildStarted(total);
            long done = rebuildAll(total);
            rebuildPending = false;
            index.rebuildFinished();
            LOG.info("Search index rebuilt: {} inputs in {} ms", done, (System.nanoTime() - started) / 1_000_000);
            return done;
        }
    }

    /**
     * Searches keep seeing the last refreshed reader until the single commit at the end, and are refused meanwhile
     * (SearchIndex.isReady), so nobody sees a half-built index.
     */
    private long rebuildAll(long total) throws IOException, SQLException {
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
        // Changes that arrived during the rebuild stay in the outbox and are applied afterwards.
        writer.commit();
        index.searchers().maybeRefreshBlocking();
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
