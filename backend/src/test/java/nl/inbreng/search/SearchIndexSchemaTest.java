package nl.inbreng.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document schema version in Lucene's commit data decides whether the index on disk can be used (ADR 0111). */
class SearchIndexSchemaTest {

    @Test
    void treatsAnIndexWithoutTheCurrentSchemaAsToBeRebuiltAndRefusesSearchesMeanwhile() throws Exception {
        Path dataDir = Files.createTempDirectory("inbreng-schema");
        writeOldIndex(dataDir.resolve("index"));

        try (SearchIndex index = BenchSearchIndex.open(dataDir)) {
            assertTrue(index.startedEmpty());
            assertFalse(index.isReady());
            assertThrows(SearchIndexRebuilding.class, () -> new SubmissionSearch(index, new CountedScope(), new nl.inbreng.accounts.VisibleGemeenten()).search(SearchQuery.all()));
            assertEquals(0, index.writer().getDocStats().numDocs, "the old documents are not kept");
        }
    }

    @Test
    void usesAnIndexWrittenWithTheCurrentSchemaAsItIs() throws Exception {
        Path dataDir = Files.createTempDirectory("inbreng-schema");
        try (BenchSearchIndex first = new BenchSearchIndex(dataDir)) {
            first.addAll(List.of(new BenchSearchIndex.Row(1, "Hangjongeren bij de supermarkt", null, List.of("3.1"),
                    "ONLINE", null, "INWONER", java.time.LocalDateTime.now())));
        }
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index"))) {
            assertEquals(IndexedSubmission.SCHEMA_VERSION,
                    SegmentInfos.readLatestCommit(directory).getUserData().get(IndexedSubmission.SCHEMA_KEY));
        }

        try (SearchIndex index = BenchSearchIndex.open(dataDir)) {
            assertFalse(index.startedEmpty());
            assertFalse(index.isRebuilding(), "kept as it is, not rebuilt");
            // what IndexOutboxWorker does once it has applied the change log from the index's position (ADR 0141)
            index.caughtUp();
            assertTrue(index.isReady());
            assertEquals(1, new SubmissionSearch(index, new CountedScope(), new nl.inbreng.accounts.VisibleGemeenten()).search(SearchQuery.all().withText("jongeren")).total());
        }
    }

    /** An index as the code before ADR 0111 wrote it: no schema in the commit data. */
    private static void writeOldIndex(Path path) throws Exception {
        try (FSDirectory directory = FSDirectory.open(path);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(IndexedSubmission.ID, "999", Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
    }
}
