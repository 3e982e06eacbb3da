package nl.inbreng.common;

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

/** Behind the operator's own proxy (here: the test client on loopback), the client is who that proxy says. */
class RateLimitBehindProxyApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.rate-limit.burst", "2", "inbreng.rate-limit.per-minute", "1",
                "inbreng.trusted-proxies", "127.0.0.1/32, ::1");
    }

    @Test
    void givesEachClientTheProxyNamesItsOwnBucket() {
        Map<String, Object> vote = Map.of("themeCodes", List.of("3.1"));
        for (int i = 0; i < 2; i++) {
            client.toBlocking().exchange(fromBehindTheProxy(vote, "198.51.100.20"));
        }
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(fromBehindTheProxy(vote, "198.51.100.20")));
        assertEquals(429, e.getStatus().getCode());

        // another resident behind the same proxy still has a full bucket
        assertEquals(201, client.toBlocking().exchange(fromBehindTheProxy(vote, "198.51.100.21")).getStatus().getCode());
    }

    @Test
    void aClientCannotHideBehindAnAddressItWroteItself() {
        Map<String, Object> vote = Map.of("themeCodes", List.of("3.2"));
        for (int i = 0; i < 2; i++) {
            client.toBlocking().exchange(fromBehindTheProxy(vote, "198.51.100.30"));
        }
        // the client prepends made-up hops; the proxy appends the real one, which is what counts
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/v1/priorities", vote)
                        .header("X-Forwarded-For", "192.0.2.77, 198.51.100.30")));
        assertEquals(429, e.getStatus().getCode());
    }

    private static HttpRequest<?> fromBehindTheProxy(Object body, String client) {
        return HttpRequest.POST("/api/v1/priorities", body).header("X-Forwarded-For", client);
    }
}
