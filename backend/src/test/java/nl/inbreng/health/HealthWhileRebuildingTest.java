package nl.inbreng.health;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import nl.inbreng.search.SearchIndex;
import nl.inbreng.search.SearchIndexTesting;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** /health is not ready while the search index is rebuilt from the database (ADR 0111, issue 15 and 16). */
class HealthWhileRebuildingTest {

    @Test
    void answersRebuildingWith503UntilTheIndexIsComplete() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:health-rebuilding;DB_CLOSE_DELAY=-1");
        try (SearchIndex index = SearchIndexTesting.openFresh(Files.createTempDirectory("inbreng-health"))) {
            HealthController health = new HealthController(database, index);

            HttpResponse<?> during = health.health();
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, during.getStatus());
            assertEquals(new HealthController.Rebuilding("REBUILDING", 0, 0), during.body());

            SearchIndexTesting.finishRebuild(index);
            HttpResponse<?> after = health.health();
            assertEquals(HttpStatus.OK, after.getStatus());
            assertEquals(new HealthController.Health("UP"), after.body());
        }
    }
}
