package nl.inbreng.common;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The global max-request-size is the import's 10 MB; every other route must still refuse more than 256 KB with the
 * public 413 answer, whether the client announces the length or sends the body in chunks.
 */
class BodySizeLimitTest extends RealDatabaseTest {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void refusesAPublicSubmissionOver256KilobytesWithTheDutch413() throws Exception {
        HttpResponse<String> response = http.send(post("/api/v1/submissions",
                HttpRequest.BodyPublishers.ofString(submission(300 * 1024))), HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response);
    }

    @Test
    void refusesAChunkedPublicSubmissionThatAnnouncesNoLengthWithADutch411() throws Exception {
        byte[] body = submission(300 * 1024).getBytes(StandardCharsets.UTF_8);
        // An input stream has no known length, so the client sends Transfer-Encoding: chunked without Content-Length.
        HttpResponse<String> response = http.send(post("/api/v1/submissions",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))), HttpResponse.BodyHandlers.ofString());

        assertEquals(411, response.statusCode());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("Stuur de lengte van uw bericht mee"), response.body());
    }

    @Test
    void letsASmallSubmissionWithItsLengthThrough() throws Exception {
        HttpResponse<String> response = http.send(post("/api/v1/submissions",
                HttpRequest.BodyPublishers.ofString(submission(200))), HttpResponse.BodyHandlers.ofString());

        assertEquals(201, response.statusCode(), response.body());
    }

    @Test
    void refusesLargeBodiesOnAdminRoutesOtherThanTheImport() throws Exception {
        HttpResponse<String> response = http.send(post("/api/admin/login",
                HttpRequest.BodyPublishers.ofString("{\"username\":\"" + "x".repeat(300 * 1024) + "\",\"password\":\"p\"}")),
                HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response);
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(body).build();
    }

    private static String submission(int problemLength) {
        return "{\"problem\":\"" + "x".repeat(problemLength) + "\",\"respondentType\":\"INWONER\",\"themeCodes\":[\"3.1\"]}";
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertEquals(413, response.statusCode());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("Wat u stuurt is te groot"), response.body());
        assertTrue(response.body().contains("Maak uw tekst korter en probeer het opnieuw."), response.body());
    }
}
