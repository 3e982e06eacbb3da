package nl.inbreng.rounds;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RoundSummaryApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    RoundRepository rounds;
    @Inject
    AdminUserRepository users;
    @Inject
    AdminUserRoleRepository roles;
    @Inject
    PasswordHasher hasher;

    private AdminLogin login;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @BeforeEach
    void setUp() {
        login = new AdminLogin(client, users, roles, hasher);
    }

    private long round(String title) {
        LocalDateTime now = LocalDateTime.now();
        return rounds.save(new Round(null, null, "samenvatting-" + System.nanoTime(), title, Round.Doelgroep.IEDEREEN,
                null, now.minusDays(30), now.minusDays(1), false, now)).id();
    }

    private HttpStatus status(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }

    @Test
    void publicSummaryIsNotFoundUntilABeheerderApprovesIt() {
        long round = round("Ronde met samenvatting");
        assertEquals(HttpStatus.NOT_FOUND, status(() -> client.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/rounds/" + round + "/summary"), String.class)));

        AdminLogin.Session beheerder = login.as(Role.BEHEERDER);
        Map<String, Object> saved = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.PUT(
                "/api/admin/rounds/" + round + "/summary", Map.of("text", "We pakken hondenpoep als eerste aan."))),
                Argument.mapOf(String.class, Object.class));
        assertEquals("We pakken hondenpoep als eerste aan.", saved.get("text"));

        Map<String, Object> shown = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + round + "/summary"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("We pakken hondenpoep als eerste aan.", shown.get("text"));
        assertEquals("Ronde met samenvatting", shown.get("roundTitle"));
        assertFalse(shown.containsKey("approvedBy"), "who approved it is internal");

        List<Map<String, Object>> all = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/round-summaries"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(all.stream().anyMatch(s -> ((Number) s.get("roundId")).longValue() == round));
    }

    @Test
    void aSecondApprovalReplacesTheText() {
        long round = round("Ronde die wordt bijgewerkt");
        AdminLogin.Session beheerder = login.as(Role.BEHEERDER);
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/rounds/" + round + "/summary",
                Map.of("text", "Eerste versie."))));
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/rounds/" + round + "/summary",
                Map.of("text", "Tweede versie."))));

        Map<String, Object> shown = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/rounds/" + round + "/summary"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("Tweede versie.", shown.get("text"));
    }

    @Test
    void rejectsAnEmptySummaryWithADutchMessage() {
        long round = round("Ronde zonder tekst");
        AdminLogin.Session beheerder = login.as(Role.BEHEERDER);
        HttpClientResponseException error = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/rounds/" + round + "/summary",
                        Map.of("text", "  "))), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, error.getStatus());
        assertTrue(error.getResponse().getBody(String.class).orElse("").contains("Schrijf wat de gemeente"));
    }

    @Test
    void onlyABeheerderMayApproveAndAnUnknownRoundIsNotFound() {
        long round = round("Ronde voor analist");
        AdminLogin.Session analist = login.as(Role.ANALIST);
        assertEquals(HttpStatus.FORBIDDEN, status(() -> client.toBlocking().exchange(analist.authorize(
                HttpRequest.PUT("/api/admin/rounds/" + round + "/summary", Map.of("text", "Mag niet."))))));
        AdminLogin.Session beheerder = login.as(Role.BEHEERDER);
        assertEquals(HttpStatus.NOT_FOUND, status(() -> client.toBlocking().exchange(beheerder.authorize(
                HttpRequest.PUT("/api/admin/rounds/987654321/summary", Map.of("text", "Bestaat niet."))))));
    }
}
