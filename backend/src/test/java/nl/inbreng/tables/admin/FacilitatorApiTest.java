package nl.inbreng.tables.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SearchQuery;
import nl.inbreng.search.SearchResult;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@SuppressWarnings("unchecked")
class FacilitatorApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    SubmissionRepository submissions;

    @Inject
    IndexOutboxWorker indexWorker;

    @Inject
    SubmissionSearch search;

    AdminLogin.Session facilitator;

    @BeforeAll
    void logIn() {
        facilitator = adminLogin.signInAs(Role.FACILITATOR);
    }

    /** application.yml pins 8080, which another process on this machine may hold: take a free port. */
    @Test
    void facilitatorRecordsAttendanceOutcomesAndAVerslagThatParticipantsCanRead() {
        long sessionId = createSession(10);
        String token = register(sessionId, "Karin Dekker");

        Map<String, Object> detail = detail(sessionId);
        List<Map<String, Object>> participants = (List<Map<String, Object>>) detail.get("participants");
        Number registrationId = (Number) participants.get(0).get("id");
        HttpResponse<?> marked = client.toBlocking().exchange(facilitator.authorize(HttpRequest.PUT(
                "/api/admin/tables/" + sessionId + "/registrations/" + registrationId + "/attendance", Map.of("attended", true))));
        assertEquals(HttpStatus.NO_CONTENT, marked.status());

        Map<String, Object> outcome = client.toBlocking().retrieve(facilitator.authorize(HttpRequest.POST(
                "/api/admin/tables/" + sessionId + "/outcomes", Map.of("themeCode", "3.1",
                        "problem", "Groepjes jongeren bij het winkelcentrum 's avonds.",
                        "solution", "Meer jongerenwerk in de avond.", "priorityRank", 1,
                        "advice", "Maak jeugdoverlast prioriteit 1."))), Argument.mapOf(String.class, Object.class));

        Submission stored = submissions.findById(((Number) outcome.get("submissionId")).longValue()).orElseThrow();
        assertEquals(Submission.Channel.THEMATAFEL, stored.channel());
        assertEquals("Groepjes jongeren bij het winkelcentrum 's avonds.", stored.problem());
        Map<String, Object> after = detail(sessionId);
        assertEquals(Boolean.TRUE, ((List<Map<String, Object>>) after.get("participants")).get(0).get("attended"));
        assertEquals(1, ((List<?>) after.get("outcomes")).size());

        client.toBlocking().exchange(facilitator.authorize(HttpRequest.PUT("/api/admin/tables/" + sessionId + "/verslag",
                Map.of("text", "De tafel adviseert jeugdoverlast als eerste prioriteit."))));

        Map<String, Object> mine = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/registrations/" + token),
                Argument.mapOf(String.class, Object.class));
        assertEquals("De tafel adviseert jeugdoverlast als eerste prioriteit.", mine.get("verslag"));
    }

    @Test
    void aRecordedOutcomeIsFoundInSearchAsThematafelInput() {
        long sessionId = createSession(6);
        String marker = "tafelkenmerk" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> outcome = client.toBlocking().retrieve(facilitator.authorize(HttpRequest.POST(
                "/api/admin/tables/" + sessionId + "/outcomes", Map.of("themeCode", "3.3",
                        "problem", "Dealen in het portiek van de flat, " + marker + "."))),
                Argument.mapOf(String.class, Object.class));

        indexWorker.awaitCaughtUp();

        SearchResult found = search.search(SearchQuery.all().withText(marker));
        assertEquals(List.of(((Number) outcome.get("submissionId")).longValue()),
                found.items().stream().map(SearchResult.Hit::id).toList());
        assertEquals(1L, found.facets().get("channel").get("THEMATAFEL"));
    }

    @Test
    void refusesASecondThemeOnTheSamePriorityRankAndStoresNothingNew() {
        long sessionId = createSession(5);
        client.toBlocking().exchange(facilitator.authorize(HttpRequest.POST("/api/admin/tables/" + sessionId + "/outcomes",
                Map.of("themeCode", "3.1", "problem", "Overlast.", "priorityRank", 1))));

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(facilitator.authorize(HttpRequest.POST(
                        "/api/admin/tables/" + sessionId + "/outcomes",
                        Map.of("themeCode", "3.3", "problem", "Drugs.", "priorityRank", 1)))));

        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Problem problem = refused.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals("Plaats 1 is al gegeven aan een ander thema.", problem.errors().get(0).message());
        assertEquals(1, ((List<?>) detail(sessionId).get("outcomes")).size());
    }

    @Test
    void refusesSessionsWithoutThemesOrWithEndBeforeStart() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(facilitator.authorize(HttpRequest.POST("/api/admin/tables",
                        Map.of("title", "Zonder thema", "place", "Bibliotheek", "capacity", 8,
                                "startsAt", "2030-03-01T19:00:00", "endsAt", "2030-03-01T18:00:00",
                                "themeCodes", List.of())))));

        Problem problem = refused.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals(List.of("endsAt", "themeCodes"), problem.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void changesASessionAndGivesExtraSeatsToTheWaitlistAtOnce() {
        long sessionId = createSession(1);
        register(sessionId, "Eerste");
        register(sessionId, "Tweede");
        register(sessionId, "Derde");
        LocalDateTime start = LocalDateTime.now().plusDays(12).withHour(14).withMinute(0).withSecond(0).withNano(0);

        Map<String, Object> changed = client.toBlocking().retrieve(facilitator.authorize(HttpRequest.PUT("/api/admin/tables/" + sessionId,
                Map.of("title", "Jeugd en veiligheid (verplaatst)", "place", "Wijkcentrum De Linde", "capacity", 2,
                        "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
                        "themeCodes", List.of("3.2"), "doelgroep", "PROFESSIONALS"))),
                Argument.mapOf(String.class, Object.class));

        assertEquals("Wijkcentrum De Linde", changed.get("place"));
        assertEquals(List.of("3.2"), changed.get("themeCodes"));
        assertEquals("PROFESSIONALS", changed.get("doelgroep"));
        assertEquals(2, ((Number) changed.get("confirmed")).intValue(), "the first on the waitlist got the new seat");
        assertEquals(1, ((Number) changed.get("waitlisted")).intValue());
        Map<String, Object> shown = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/tables/" + sessionId),
                Argument.mapOf(String.class, Object.class));
        assertEquals(0, ((Number) shown.get("seatsLeft")).intValue());
        assertEquals("PROFESSIONALS", shown.get("doelgroep"));
    }

    @Test
    void refusesACapacityBelowThePeopleAlreadyInAndAStartInThePastKeepingTheSession() {
        long sessionId = createSession(5);
        register(sessionId, "Eerste");
        register(sessionId, "Tweede");
        LocalDateTime start = LocalDateTime.now().plusDays(12).withNano(0);

        HttpClientResponseException tooSmall = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(facilitator.authorize(HttpRequest.PUT("/api/admin/tables/" + sessionId,
                        Map.of("title", "Kleiner", "place", "Hok", "capacity", 1, "startsAt", start.toString(),
                                "endsAt", start.plusHours(1).toString(), "themeCodes", List.of("3.1"))))));
        Problem problem = tooSmall.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals(List.of("capacity"), problem.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals(5, ((Number) detail(sessionId).get("capacity")).intValue(), "nothing changed");

        LocalDateTime yesterday = LocalDateTime.now().minusDays(1).withNano(0);
        HttpClientResponseException past = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(facilitator.authorize(HttpRequest.POST("/api/admin/tables",
                        Map.of("title", "Gisteren", "place", "Hok", "capacity", 4, "startsAt", yesterday.toString(),
                                "endsAt", yesterday.plusHours(1).toString(), "themeCodes", List.of("3.1"),
                                "doelgroep", "MARSMANNETJES", "roundId", 987654321)))));
        assertEquals(List.of("startsAt", "doelgroep", "roundId"), past.getResponse().getBody(Problem.class).orElseThrow()
                .errors().stream().map(Problem.FieldError::field).toList());

        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(facilitator.authorize(HttpRequest.PUT("/api/admin/tables/987654321",
                        Map.of("title", "x")))));
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
    }

    @Test
    void answersForbiddenToAnAnalist() {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(analist.authorize(HttpRequest.GET("/api/admin/tables"))));

        assertEquals(HttpStatus.FORBIDDEN, refused.getStatus());
    }

    private long createSession(int capacity) {
        LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(19).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> created = client.toBlocking().retrieve(facilitator.authorize(HttpRequest.POST("/api/admin/tables",
                Map.of("title", "Jeugd en veiligheid " + UUID.randomUUID(), "place", "Bibliotheek Veenendijk",
                        "capacity", capacity, "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
                        "themeCodes", List.of("3.1", "3.3"), "facilitator", "Piet Hendriks"))),
                Argument.mapOf(String.class, Object.class));
        return ((Number) created.get("id")).longValue();
    }

    private String register(long sessionId, String name) {
        Map<String, Object> registered = client.toBlocking().retrieve(HttpRequest.POST(
                "/api/v1/tables/" + sessionId + "/registrations",
                Map.of("name", name, "email", "tafel-" + UUID.randomUUID() + "@voorbeeld.nl")),
                Argument.mapOf(String.class, Object.class));
        return (String) registered.get("token");
    }

    private Map<String, Object> detail(long sessionId) {
        return client.toBlocking().retrieve(facilitator.authorize(HttpRequest.GET("/api/admin/tables/" + sessionId)),
                Argument.mapOf(String.class, Object.class));
    }
}
