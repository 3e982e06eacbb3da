package nl.inbreng.common;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RateLimitApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.rate-limit.burst", "3", "inbreng.rate-limit.per-minute", "1");
    }

    @Test
    void answers429WithRetryAfterWhenOneClientSendsTooMuch() {
        Map<String, Object> vote = Map.of("themeCodes", List.of("1.1"));
        for (int i = 0; i < 3; i++) {
            client.toBlocking().exchange(HttpRequest.POST("/api/v1/priorities", vote));
        }

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/priorities", vote), Argument.of(Map.class), Argument.of(Problem.class)));

        assertEquals(429, e.getStatus().getCode());
        long retryAfter = Long.parseLong(e.getResponse().getHeaders().get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("Te veel verzoeken achter elkaar", e.getResponse().getBody(Problem.class).orElseThrow().title());
    }

    @Test
    void neverLimitsReading() {
        for (int i = 0; i < 10; i++) {
            client.toBlocking().exchange(HttpRequest.GET("/api/v1/themes"));
        }
    }
}
