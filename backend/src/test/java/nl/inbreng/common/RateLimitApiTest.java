package nl.inbreng.common;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.rate-limit.burst", "3", "inbreng.rate-limit.per-minute", "1",
                "inbreng.rate-limit.lookup-burst", "4", "inbreng.rate-limit.lookup-per-minute", "1");
    }

    @Test
    void answers429WithRetryAfterWhenOneClientSendsTooMuch() {
        Map<String, Object> vote = Map.of("themeCodes", List.of("1.1"));
        // the bucket holds 3; another test of this class may already have used some of them
        for (int i = 0; i < 3; i++) {
            try {
                client.toBlocking().exchange(HttpRequest.POST("/api/v1/priorities", vote));
            } catch (HttpClientResponseException alreadyEmpty) {
                break;
            }
        }

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/priorities", vote), Argument.of(Map.class), Argument.of(Problem.class)));

        assertEquals(429, e.getStatus().getCode());
        long retryAfter = Long.parseLong(e.getResponse().getHeaders().get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("Te veel verzoeken achter elkaar", e.getResponse().getBody(Problem.class).orElseThrow().title());
    }

    @Test
    void aFreshForwardedForHeaderDoesNotOpenANewBucket() {
        Map<String, Object> vote = Map.of("themeCodes", List.of("2.1"));
        HttpClientResponseException last = null;
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            // no proxy is trusted here, so these headers must not count: the socket's peer is the client
            HttpRequest<?> spoofed = HttpRequest.POST("/api/v1/priorities", vote)
                    .header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .header("Forwarded", "for=203.0.113." + (i + 1));
            try {
                client.toBlocking().exchange(spoofed);
            } catch (HttpClientResponseException e) {
                last = e;
                refused++;
            }
        }
        assertTrue(refused >= 7, "only the bucket's own tokens may pass, refused " + refused);
        assertEquals(429, last.getStatus().getCode());
    }

    @Test
    void limitsReceiptLookUpsPerClientWhetherTheyHitOrMiss() {
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            try {
                client.toBlocking().exchange(HttpRequest.GET("/api/v1/submissions/ABCD-EFGH-JK" + (char) ('M' + i % 2) + "N"));
            } catch (HttpClientResponseException e) {
                if (e.getStatus().getCode() == 429) {
                    refused++;
                } else {
                    assertEquals(404, e.getStatus().getCode());
                }
            }
        }
        assertEquals(4, refused, "four guesses, then the bucket is empty");
    }

    @Test
    void neverLimitsReading() {
        for (int i = 0; i < 10; i++) {
            client.toBlocking().exchange(HttpRequest.GET("/api/v1/themes"));
        }
    }
}
