package nl.inbreng.search;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kill -9 while indexing, then start again: the index holds exactly what the database holds. */
class IndexCrashConsistencyTest extends RealDatabaseTest {

    @Inject
    IndexedInputs inputs;

    @Test
    void indexMatchesDatabaseAfterAHardCrashDuringIndexing() throws Exception {
        long round = inputs.newRound();
        Path dataDir = Files.createTempDirectory("inbreng-crash");
        TestDatabase database = TestDatabase.get();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IndexCrashChild.class.getName(),
                database.url(), database.username(), database.password(), dataDir.toString(), Long.toString(round))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("STORED 300")) {
                // wait until the child has been storing and indexing for a while
            }
            assertTrue(line != null, "child process ended before it stored anything");
            child.destroyForcibly().waitFor();
        }
        assertTrue(hasCommittedIndex(dataDir), "the child should have committed part of the index before the crash");

        try (ApplicationContext restarted = startOn(dataDir)) {
            restarted.getBean(IndexOutboxWorker.class).awaitCaughtUp();
            SearchQuery inRound = new SearchQuery(null, List.of(), List.of(), List.of(), List.of(),
                    List.of(Long.toString(round)), List.of(), List.of(), null, null, null, SearchQuery.Order.NEWEST, 0, 200);
            Set<Long> indexed = new HashSet<>();
            SearchResult page;
            int pageNumber = 0;
            do {
                page = restarted.getBean(SubmissionSearch.class).search(inRound.withPage(pageNumber++, 200));
                page.items().forEach(hit -> indexed.add(hit.id()));
            } while (!page.items().isEmpty());

            Set<Long> stored = idsInRound(database, round);
            assertTrue(stored.size() > 300);
            assertEquals(stored, indexed);
        }
    }

    @Test
    void rebuildsACorruptIndexFromTheDatabase() throws Exception {
        long round = inputs.newRound();
        long id = inputs.add(round, "Scooters racen door de woonwijk, levensgevaarlijk voor kinderen.", "4.1");
        Path dataDir = Files.createTempDirectory("inbreng-corrupt");
        try (ApplicationContext first = startOn(dataDir)) {
            first.getBean(IndexOutboxWorker.class).awaitCaughtUp();
        }
        Path largest;
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 16; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(largest, bytes);

        try (ApplicationContext second = startOn(dataDir)) {
            second.getBean(IndexOutboxWorker.class).awaitCaughtUp();
            SearchQuery inRound = new SearchQuery("racen", List.of(), List.of(), List.of(), List.of(),
                    List.of(Long.toString(round)), List.of(), List.of(), null, null, null, SearchQuery.Order.RELEVANCE, 0, 20);
            assertEquals(List.of(id), second.getBean(SubmissionSearch.class).search(inRound).items().stream()
                    .map(SearchResult.Hit::id).toList());
        }
    }

    @Test
    void rebuildsAnIndexOfAnotherSchemaAtStartAndIsNotReadyUntilThen() throws Exception {
        long round = inputs.newRound();
        long id = inputs.add(round, "Hardrijders op de dijk, elke avond weer.", "4.1");
        Path dataDir = Files.createTempDirectory("inbreng-schema");
        // The index as an older version left it: a document the database no longer has, and no schema version.
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document stale = new Document();
            stale.add(new StringField(IndexedSubmission.ID, "-1", Field.Store.YES));
            writer.addDocument(stale);
            writer.commit();
        }

        try (ApplicationContext started = startOn(dataDir)) {
            started.getBean(IndexOutboxWorker.class).awaitCaughtUp();

            assertTrue(started.getBean(SearchIndex.class).isReady());
            SearchQuery inRound = new SearchQuery("te hard rijden", List.of(), List.of(), List.of(), List.of(),
                    List.of(Long.toString(round)), List.of(), List.of(), null, null, null, SearchQuery.Order.RELEVANCE, 0, 20);
            assertEquals(List.of(id), started.getBean(SubmissionSearch.class).search(inRound).items().stream()
                    .map(SearchResult.Hit::id).toList());
        }
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index"))) {
            assertEquals(IndexedSubmission.SCHEMA_VERSION,
                    SegmentInfos.readLatestCommit(directory).getUserData().get(IndexedSubmission.SCHEMA_KEY));
        }
    }

    private static ApplicationContext startOn(Path dataDir) {
        TestDatabase database = TestDatabase.get();
        return ApplicationContext.run(Map.of(
                "datasources.default.url", database.url(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "inbreng.data-dir", dataDir.toString(),
                "inbreng.demo-data", "false"), "test");
    }

    private static boolean hasCommittedIndex(Path dataDir) throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
        }
    }

    private static Set<Long> idsInRound(TestDatabase database, long round) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT id FROM submission WHERE round_id = ?")) {
            statement.setLong(1, round);
            try (ResultSet rows = statement.executeQuery()) {
                Set<Long> ids = new HashSet<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        }
    }
}
