package nl.inbreng.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SearchQuery;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.submissions.SubmissionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every demo input, the thematafel outcomes included, must reach the inbox (the search index) as well as the
 * database figures. Runs on its own in-memory H2 (the demo's home) so that its 600+ inputs stay out of the shared
 * test schema.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContentIsAllSearchableTest implements TestPropertyProvider {

    @Inject
    DemoDataLoader demo;
    @Inject
    DemoRoundsAndTablesLoader demoRoundsAndTables;
    @Inject
    GemeenteRepository gemeenten;
    @Inject
    SubmissionRepository submissions;
    @Inject
    SubmissionSearch search;
    @Inject
    IndexOutboxWorker worker;

    @Override
    public Map<String, String> getProperties() {
        try {
            String dataDir = Files.createTempDirectory("inbreng-demo-test").toString();
            return Map.of("inbreng.data-dir", dataDir,
                    "datasources.default.url", "jdbc:h2:mem:demo" + System.nanoTime()
                            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "datasources.default.username", "sa",
                    "datasources.default.password", "",
                    "inbreng.demo-data", "false");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inboxHoldsEveryDemoInputTheDatabaseCounts() {
        // Load after the start-up recovery has finished, so that only the outbox can bring the inputs to the index
        // (a recovery that happens to run after the loaders would hide a missing outbox row).
        worker.awaitCaughtUp();
        demo.load();
        demoRoundsAndTables.load(gemeenten.findByCode(DemoMunicipality.CODE).orElseThrow());
        worker.awaitCaughtUp();

        // before StoreInput the demo's three thematafel outcomes were stored without an outbox row: 635 against 632
        assertEquals(submissions.count(), search.search(SearchQuery.all()).total());
    }
}
