package nl.inbreng.priorities;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import nl.inbreng.common.Problem;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PrioritiesApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Serdeable
    record Cast(long id) {
    }

    private Problem refused(Map<String, Object> body) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/priorities", body), Argument.of(Map.class), Argument.of(Problem.class)));
        return e.getResponse().getBody(Problem.class).orElseThrow();
    }

    @Test
    void storesARankedTopThreeInTheGivenOrder() throws Exception {
        Cast cast = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/priorities",
                Map.of("themeCodes", List.of("3.1", "1.4", "4.1"))), Cast.class);

        List<String> ranked = Sql.column("SELECT thema_code FROM priority_vote_theme WHERE vote_id = ? ORDER BY rank_position",
                cast.id());
        assertEquals(List.of("3.1", "1.4", "4.1"), ranked);
    }

    @Test
    void rejectsMoreThanThreeThemes() {
        assertEquals("Kies hoogstens 3 onderwerpen.",
                refused(Map.of("themeCodes", List.of("1.1", "1.2", "1.3", "1.4"))).errors().get(0).message());
    }

    @Test
    void rejectsNoThemeARepeatedThemeAndAnUnknownTheme() {
        assertEquals("themeCodes", refused(Map.of("themeCodes", List.of())).errors().get(0).field());
        assertEquals("Kies elk onderwerp maar één keer.", refused(Map.of("themeCodes", List.of("1.1", "1.1"))).errors().get(0).message());
        assertEquals("Kies onderwerpen uit de lijst.", refused(Map.of("themeCodes", List.of("7.7"))).errors().get(0).message());
    }

    @Test
    void rejectsAnUnknownRoundAndRespondentType() {
        Problem problem = refused(Map.of("themeCodes", List.of("1.1"), "roundId", 99999999, "respondentType", "KAT"));
        assertEquals(List.of("roundId", "respondentType"), problem.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCastsOneVote() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("themeCodes", List.of("2.3"));
        Cast first = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/priorities", body).header("Idempotency-Key", key), Cast.class);
        HttpResponse<Cast> retry = client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/priorities", body).header("Idempotency-Key", key), Cast.class);

        assertEquals(HttpStatus.CREATED, retry.getStatus());
        assertEquals(first, retry.body());
    }
}
