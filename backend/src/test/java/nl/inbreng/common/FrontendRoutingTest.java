package nl.inbreng.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontendRoutingTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/mijn-inbreng/ABCD-1234", "/kraam", "/prioriteiten"})
    void deepLinksIntoThePortalLoadThePortal(String path) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);

        assertEquals(HttpStatus.OK, response.status());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/html"));
        assertTrue(response.body().contains("/src/portal/main.ts") || response.body().contains("assets/portal"),
                "the portal bundle is loaded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/", "/admin/inbox", "/admin/inbreng/42"})
    void deepLinksIntoTheAdminAppLoadTheAdminApp(String path) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);

        assertEquals(HttpStatus.OK, response.status());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/html"));
        assertTrue(response.body().contains("werkgroep"), "the admin bundle is loaded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/onbekend", "/assets/bestaat-niet.js"})
    void unknownApiPathsAndFilesStayAnHonestProblem404(String path) {
        HttpClientResponseException failure = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET(path), String.class));

        assertEquals(HttpStatus.NOT_FOUND, failure.getStatus());
        assertEquals("application/problem+json", failure.getResponse().getContentType().orElseThrow().toString());
        assertTrue(failure.getResponse().getBody(String.class).orElseThrow().contains("Niet gevonden"));
    }
}
