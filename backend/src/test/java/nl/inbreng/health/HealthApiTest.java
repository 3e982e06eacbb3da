package nl.inbreng.health;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SearchIndex;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HealthApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SearchIndex searchIndex;

    @Inject
    IndexOutboxWorker worker;

    @Test
    void reportsUpWhenDatabaseAndIndexAreUsable() {
        // Until the index has rebuilt and caught up with the change log once, /health rightly answers 503.
        worker.awaitCaughtUp();
        Map<?, ?> body = client.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);

        assertEquals(Map.of("status", "UP"), body);
        assertEquals(true, searchIndex.isUsable());
    }

    @Test
    void livenessAnswersWithoutLookingAtTheDatabase() {
        Map<?, ?> body = client.toBlocking().retrieve(HttpRequest.GET("/health/live"), Map.class);

        assertEquals(Map.of("status", "UP"), body);
    }
}
