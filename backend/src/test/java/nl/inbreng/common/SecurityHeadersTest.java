package nl.inbreng.common;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest extends RealDatabaseTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.trusted-proxies", "127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/", "/api/v1/themes", "/api/admin/me", "/bestaat/niet.js", "/health"})
    void everyAnswerCarriesTheBrowserProtections(String path) throws Exception {
        HttpHeaders headers = get(path, Map.of()).headers();
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    void apiAnswersAreNotStoredAndPagesKeepTheirOwnCaching() throws Exception {
        assertEquals("no-store", get("/api/admin/me", Map.of()).headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", get("/api/v1/themes", Map.of()).headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-cache", get("/admin/", Map.of()).headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void sendsHstsWhenATrustedProxyTerminatedTls() throws Exception {
        assertEquals(SecurityHeadersFilter.HSTS, get("/", Map.of("X-Forwarded-Proto", "https")).headers()
                .firstValue("Strict-Transport-Security").orElse(""));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
