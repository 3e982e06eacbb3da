package nl.inbreng.kiosk;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.inbreng.kiosk.StallDays.aStallDay;
import static nl.inbreng.rounds.RoundBuilder.aRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KioskApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    KioskSessions kioskSessions;

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    @Inject
    SubmissionRepository submissions;

    AdminLogin.Session beheerder;

    @BeforeAll
    void logInAsBeheerder() {
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
    }

    private HttpResponse<Map> send(String session, String key, Map<String, Object> input) {
        var request = HttpRequest.POST("/api/v1/kiosk/submissions", input).header("X-Kiosk-Session", session);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return client.toBlocking().exchange(request, Map.class);
    }

    private static Map<String, Object> input(String problem) {
        return Map.of("themeCodes", List.of("3.1"), "problem", problem, "solution", "Meer toezicht in de avond");
    }

    @Test
    void storesKioskInputWithChannelMarktkraamStallDayAndDevice() throws Exception {
        String session = aStallDay(client, beheerder).named("Weekmarkt woensdag 12 oktober").unlockedKiosk();
        String problem = "Jongeren hangen bij de snackbar " + UUID.randomUUID();

        HttpResponse<Map> response = send(session, UUID.randomUUID().toString(), input(problem));

        assertEquals(HttpStatus.CREATED, response.getStatus());
        long id = ((Number) response.body().get("id")).longValue();
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT s.channel, s.problem, k.name, ks.device_id, st.thema_code FROM submission s
                     JOIN kiosk_submission ks ON ks.submission_id = s.id JOIN kraammoment k ON k.id = ks.kraammoment_id
                     JOIN submission_theme st ON st.submission_id = s.id WHERE s.id = ?""")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("MARKTKRAAM", row.getString(1));
                assertEquals(problem, row.getString(2));
                assertEquals("Weekmarkt woensdag 12 oktober", row.getString(3));
                assertEquals("tablet-test-01", row.getString(4));
                assertEquals("3.1", row.getString(5));
            }
        }
    }

    @Test
    void endedKioskSessionsAreForgotten() throws Exception {
        String ended = aStallDay(client, beheerder).unlockedKiosk();
        String live = aStallDay(client, beheerder).unlockedKiosk();
        try (Connection connection = TestDatabase.get().connect()) {
            try (PreparedStatement end = connection.prepareStatement(
                    "UPDATE kiosk_session SET expires_at = ? WHERE token_hash = ?")) {
                end.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(1)));
                end.setString(2, nl.inbreng.common.Tokens.sha256(ended));
                assertEquals(1, end.executeUpdate());
            }

            kioskSessions.forgetEnded();

            assertEquals(0, kioskSessionRows(connection, ended), "the ended session's row is gone");
            assertEquals(1, kioskSessionRows(connection, live));
        }
    }

    private static int kioskSessionRows(Connection connection, String token) throws java.sql.SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM kiosk_session WHERE token_hash = ?")) {
            count.setString(1, nl.inbreng.common.Tokens.sha256(token));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void storesExactlyOnceUnderTenConcurrentRetriesWithTheSameKey() throws Exception {
        String session = aStallDay(client, beheerder).unlockedKiosk();
        String key = UUID.randomUUID().toString();
        String problem = "Fietsen worden gestolen bij het station " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<Map>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(session, key, input(problem));
                }));
            }
            start.countDown();
            Set<Object> ids = new HashSet<>();
            for (Future<HttpResponse<Map>> answer : answers) {
                HttpResponse<Map> response = answer.get();
                assertEquals(HttpStatus.CREATED, response.getStatus());
                ids.add(response.body().get("id"));
            }
            assertEquals(1, ids.size(), "every retry answers with the first input's id");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE problem = ?", problem));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM kiosk_submission WHERE idempotency_key = ?", "kiosk:" + key));
    }

    @Test
    void storesEachInputOnceWhenDifferentKeysAreRetried() throws Exception {
        String session = aStallDay(client, beheerder).unlockedKiosk();
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            String key = marker + "-" + i;
            send(session, key, input("Input " + i + " " + marker));
            send(session, key, input("Input " + i + " " + marker));
        }

        assertEquals(3, Sql.number("SELECT COUNT(*) FROM submission WHERE problem LIKE ?", "%" + marker));
    }

    @Test
    void refusesTheSameKeyForADifferentInput() {
        String session = aStallDay(client, beheerder).unlockedKiosk();
        String key = UUID.randomUUID().toString();
        send(session, key, input("Eerste tekst " + key));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> send(session, key, input("Andere tekst " + key)));

        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
    }

    @Test
    void rejectsInputWithoutProblemInDutch() {
        String session = aStallDay(client, beheerder).unlockedKiosk();

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> send(session, UUID.randomUUID().toString(), Map.of("themeCodes", List.of("9.9"), "problem", "  ")));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        String body = refused.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("Vul in wat er speelt."), body);
        assertTrue(body.contains("Kies onderwerpen uit de lijst."), body);
    }

    @Test
    void tellsTheTabletItsStallDayAndTheOpenRoundOfItsGemeenteForResidents() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "rondestad-" + suffix, "Rondestad", 10_000));
        aRound().titled("Ondernemers " + suffix).forOndernemers().inGemeente(gemeente.id()).saveWith(rounds, roundThemes);
        Round forEveryone = aRound().titled("Iedereen " + suffix).forEveryone().inGemeente(gemeente.id())
                .withThemes("3.1", "1.2").saveWith(rounds, roundThemes);
        String session = aStallDay(client, beheerder).named("Markt " + suffix).in(gemeente.code()).unlockedKiosk();

        Map<String, Object> moment = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/kiosk/moment")
                .header("X-Kiosk-Session", session), Argument.mapOf(String.class, Object.class));

        assertEquals("Markt " + suffix, moment.get("name"));
        Map<?, ?> round = (Map<?, ?>) moment.get("round");
        assertEquals(forEveryone.id().intValue(), ((Number) round.get("id")).intValue());
        assertEquals(List.of("1.2", "3.1"), round.get("themeCodes"));
        HttpClientResponseException locked = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/kiosk/moment")));
        assertEquals(HttpStatus.UNAUTHORIZED, locked.getStatus());
    }

    @Test
    void aStallDayForAChosenRoundShowsThatRoundWhereItsInputLandsNotAnotherOpenOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Gemeente gemeente = gemeenten.save(new Gemeente(null, "keuzestad-" + suffix, "Keuzestad", 10_000));
        aRound().titled("Sluit eerst " + suffix).forEveryone().inGemeente(gemeente.id()).closedSince(LocalDateTime.now().plusDays(2))
                .saveWith(rounds, roundThemes);
        Round chosen = aRound().titled("Gekozen " + suffix).forEveryone().inGemeente(gemeente.id()).withThemes("4.1")
                .saveWith(rounds, roundThemes);
        String session = aStallDay(client, beheerder).in(gemeente.code()).forRound(chosen.id()).unlockedKiosk();

        Map<String, Object> moment = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/kiosk/moment")
                .header("X-Kiosk-Session", session), Argument.mapOf(String.class, Object.class));
        long stored = ((Number) send(session, UUID.randomUUID().toString(), Map.of("themeCodes", List.of("4.1"),
                "problem", "Te hard rijden bij de markt.", "respondentType", "INWONER")).body().get("id")).longValue();

        assertEquals(chosen.id().intValue(), ((Number) ((Map<?, ?>) moment.get("round")).get("id")).intValue(),
                "the tablet shows (and limits its themes to) the stall day's own round");
        assertEquals(chosen.id(), submissions.findById(stored).orElseThrow().roundId(), "where the input lands");
    }

    @Test
    void refusesInputWithoutAnUnlockedSession() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> send("not-a-session", UUID.randomUUID().toString(), input("Iets")));

        assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
    }

    @Test
    void refusesAWrongUnlockCode() {
        Map<String, Object> moment = aStallDay(client, beheerder).create();
        String wrong = "000000".equals(moment.get("unlockCode")) ? "111111" : "000000";

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/v1/kiosk/unlock",
                        Map.of("kioskToken", moment.get("kioskToken"), "code", wrong)), Map.class));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.getResponse().getBody(String.class).orElse("").contains("Deze code klopt niet"));
    }

    @Test
    void countsTodaysInputsForTheStaffScreenAndStopsAfterLock() {
        String session = aStallDay(client, beheerder).unlockedKiosk();
        send(session, UUID.randomUUID().toString(), input("Een " + UUID.randomUUID()));
        send(session, UUID.randomUUID().toString(), input("Twee " + UUID.randomUUID()));

        Map<String, Object> stats = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/kiosk/stats")
                .header("X-Kiosk-Session", session), Argument.mapOf(String.class, Object.class));
        assertEquals(2, ((Number) stats.get("storedToday")).intValue());

        client.toBlocking().exchange(HttpRequest.POST("/api/v1/kiosk/lock", "").header("X-Kiosk-Session", session));
        HttpClientResponseException locked = assertThrows(HttpClientResponseException.class,
                () -> send(session, UUID.randomUUID().toString(), input("Drie")));
        assertEquals(HttpStatus.UNAUTHORIZED, locked.getStatus());
    }

    @Test
    void letsOnlyABeheerderPlanAStallDay() {
        AdminLogin.Session kraam = adminLogin.signInAs(Role.KRAAM);
        var body = Map.of("name", "Weekmarkt", "place", "Markt", "date", "2026-10-12");

        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/admin/kraammomenten", body)));
        HttpClientResponseException staff = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(kraam.authorize(HttpRequest.POST("/api/admin/kraammomenten", body))));

        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, staff.getStatus());
    }
}
