package nl.inbreng.search;

import java.io.IOException;
import java.nio.file.Path;

/** For tests in other packages: a real SearchIndex on an empty data folder, and its rebuild's end. */
public final class SearchIndexTesting {

    private SearchIndexTesting() {
    }

    /** A new index on an empty folder: it waits for its first rebuild, so it is not ready. */
    public static SearchIndex openFresh(Path dataDir) throws IOException {
        return BenchSearchIndex.open(dataDir);
    }

    /** What IndexOutboxWorker.rebuild() does at its end, without a database: commit and mark the index ready. */
    public static void finishRebuild(SearchIndex index) throws IOException {
        index.rebuildStarted(0);
        index.writer().commit();
        index.searchers().maybeRefreshBlocking();
        index.rebuildFinished();
    }
}
