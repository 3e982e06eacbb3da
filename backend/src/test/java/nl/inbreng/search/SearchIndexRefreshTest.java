package nl.inbreng.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ADR 0178: writing does not refresh the searcher; reading does, when something it must show is unseen. */
class SearchIndexRefreshTest {

    @TempDir
    Path dataDir;
    private SearchIndex index;

    @BeforeEach
    void openReadyIndex() throws IOException {
        index = SearchIndexTesting.openFresh(dataDir);
        SearchIndexTesting.finishRebuild(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aWriteStaysUnseenUntilSomeoneSearches() throws IOException {
        write(7);
        assertEquals(0, docsShownBy(index.searchers().acquire()), "the outbox's write refreshed nothing");
        assertEquals(1, index.unseenCount());

        assertEquals(1, docsShownBy(index.acquire()), "a search sees every change written before it");
        assertEquals(0, index.unseenCount());
    }

    @Test
    void theOutboxRefreshesOnlyForInputsItWroteSinceTheLastRefresh() throws IOException {
        write(7);
        assertEquals(0, docsShownBy(index.acquireShowing(List.of(8L))), "input 8 did not change: no refresh");
        assertEquals(1, docsShownBy(index.acquireShowing(List.of(8L, 7L))), "input 7 changed: refreshed first");
    }

    private void write(long id) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexedSubmission.ID, Long.toString(id), Field.Store.YES));
        index.writer().updateDocument(new Term(IndexedSubmission.ID, Long.toString(id)), doc);
        index.changed(List.of(id));
    }

    private int docsShownBy(IndexSearcher searcher) throws IOException {
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            index.release(searcher);
        }
    }
}
