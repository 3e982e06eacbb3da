package nl.inbreng.submissions.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModerationApiTest extends RealDatabaseTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    SubmissionRepository submissions;
    @Inject
    SubmissionThemeRepository themes;

    @Inject
    AdminLogin adminLogin;
    AdminLogin.Session analyst;

    @BeforeAll
    void setUp() {
        analyst = adminLogin.signInAs(Role.ANALIST);
    }

    @Test
    void hiddenInputLeavesTheDefaultInboxAndComesBackOnRestore() {
        long round = inputs.newRound();
        long id = inputs.add(round, "Jongeren hangen 's avonds rond bij de snackbar.", "1.2");
        worker.awaitCaughtUp();
        assertEquals(List.of(id), inboxIds(round, ""));

        Map<String, Object> hidden = post("/api/admin/submissions/" + id + "/hide", Map.of("reasonCode", "BELEDIGEND"));
        worker.awaitCaughtUp();

        assertEquals("VERBORGEN", hidden.get("status"));
        assertEquals(SubmissionStatus.VERBORGEN, submissions.findById(id).orElseThrow().status());
        assertEquals(List.of(), inboxIds(round, ""));
        assertEquals(List.of(id), inboxIds(round, "&status=VERBORGEN"));

        Map<String, Object> restored = post("/api/admin/submissions/" + id + "/restore", Map.of());
        worker.awaitCaughtUp();
        assertEquals("NIEUW", restored.get("status"));
        assertEquals(List.of(id), inboxIds(round, ""));
    }

    @Test
    void spamThenHiddenRestoresToTheReviewStatusNotToSpam() {
        long round = inputs.newRound();
        long id = inputs.add(round, "Koop goedkope horloges op deze website.", "1.2");
        put("/api/admin/submissions/" + id + "/themes", Map.of("primary", "1.3", "secondary", List.of()));
        post("/api/admin/submissions/" + id + "/spam", Map.of());
        post("/api/admin/submissions/" + id + "/hide", Map.of("reasonCode", "OVERIG"));

        Map<String, Object> restored = post("/api/admin/submissions/" + id + "/restore", Map.of());

        assertEquals("BEOORDEELD", restored.get("status"));
    }

    @Test
    void retagReplacesThemesClearsUnsureAndTheIndexFollows() {
        long round = inputs.newRound();
        long id = inputs.add(round, "Ik weet niet waar dit bij hoort: veel lawaai 's nachts.");
        worker.awaitCaughtUp();
        assertTrue(submissions.findById(id).orElseThrow().themeUnsure());

        Map<String, Object> body = put("/api/admin/submissions/" + id + "/themes",
                Map.of("primary", "1.2", "secondary", List.of("1.3")));
        worker.awaitCaughtUp();

        assertEquals("BEOORDEELD", body.get("status"));
        assertFalse(submissions.findById(id).orElseThrow().themeUnsure());
        List<SubmissionTheme> stored = themes.findBySubmissionIdIn(List.of(id)).stream()
                .sorted(Comparator.comparing(SubmissionTheme::isPrimary).reversed()).toList();
        assertEquals(List.of("1.2", "1.3"), stored.stream().map(SubmissionTheme::themaCode).toList());
        assertTrue(stored.get(0).isPrimary());
        assertEquals(List.of(id), inboxIds(round, "&theme=1.3"));
        assertEquals(List.of(), inboxIds(round, "&unsure=true"));
    }

    @Test
    void rejectsUnknownThemeCodesInDutch() {
        long id = inputs.add(inputs.newRound(), "Te hard rijden in de straat.", "1.2");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                put("/api/admin/submissions/" + id + "/themes", Map.of("primary", "99.9", "secondary", List.of("1.2"))));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("Kies een hoofdthema uit de lijst"), body);
    }

    @Test
    void rejectsHidingWithoutAKnownReason() {
        long id = inputs.add(inputs.newRound(), "Donkere steeg zonder lantaarnpalen.", "1.2");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                post("/api/admin/submissions/" + id + "/hide", Map.of("reasonCode", "ZOMAAR")));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("Kies een van deze redenen"));
        assertEquals(SubmissionStatus.NIEUW, submissions.findById(id).orElseThrow().status());
    }

    @Test
    void refusesToHideAWithdrawnInput() {
        long id = inputs.add(inputs.newRound(), "Wordt zo ingetrokken.", "1.2");
        inputs.withdraw(id);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                post("/api/admin/submissions/" + id + "/spam", Map.of()));

        assertEquals(HttpStatus.CONFLICT, e.getStatus());
    }

    @Test
    void notesAreStoredWithTheirAuthorAndListedOldestFirst() {
        long id = inputs.add(inputs.newRound(), "Overlast bij het winkelcentrum.", "1.2");

        post("/api/admin/submissions/" + id + "/notes", Map.of("text", "Doorgezet naar de wijkagent."));
        post("/api/admin/submissions/" + id + "/notes", Map.of("text", "Wijkagent heeft gereageerd."));
        List<Map<String, Object>> notes = client.toBlocking().retrieve(
                analyst.authorize(HttpRequest.GET("/api/admin/submissions/" + id + "/notes")), Argument.listOf(JSON));

        assertEquals(List.of("Doorgezet naar de wijkagent.", "Wijkagent heeft gereageerd."),
                notes.stream().map(n -> n.get("text")).toList());
        assertTrue(String.valueOf(notes.get(0).get("author")).startsWith("test-"));
    }

    @Test
    void rejectsAnEmptyNote() {
        long id = inputs.add(inputs.newRound(), "Fietsendiefstal bij school.", "1.2");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                post("/api/admin/submissions/" + id + "/notes", Map.of("text", "  ")));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("Schrijf een notitie."));
    }

    @Test
    void bulkMarksSpamAndSkipsWhatCannotChange() {
        long round = inputs.newRound();
        long a = inputs.add(round, "Reclame eerste.", "1.2");
        long b = inputs.add(round, "Reclame tweede.", "1.2");
        long withdrawn = inputs.add(round, "Ingetrokken.", "1.2");
        inputs.withdraw(withdrawn);

        Map<String, Object> outcome = post("/api/admin/submissions/bulk",
                Map.of("ids", List.of(a, b, withdrawn, 987654321L), "action", "SPAM"));
        worker.awaitCaughtUp();

        assertEquals(List.of(a, b), ((List<?>) outcome.get("changed")).stream()
                .map(v -> ((Number) v).longValue()).toList());
        assertEquals(2, ((List<?>) outcome.getOrDefault("skipped", List.of())).size());
        assertEquals(SubmissionStatus.SPAM, submissions.findById(b).orElseThrow().status());
        assertEquals(List.of(), inboxIds(round, ""));
    }

    @Test
    void bulkRetagNeedsAValidThemeAndChangesNothingOtherwise() {
        long a = inputs.add(inputs.newRound(), "Drugsoverlast in het park.", "1.2");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                post("/api/admin/submissions/bulk", Map.of("ids", List.of(a), "action", "RETAG", "primary", "")));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("1.2", themes.findBySubmissionIdIn(List.of(a)).get(0).themaCode());
    }

    @Test
    void kraamStaffMayNotModerate() {
        long id = inputs.add(inputs.newRound(), "Onveilig kruispunt.", "1.2");
        AdminLogin.Session kraam = adminLogin.signInAs(Role.KRAAM);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () ->
                client.toBlocking().exchange(kraam.authorize(HttpRequest.POST("/api/admin/submissions/" + id + "/spam", ""))));

        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    private List<Long> inboxIds(long round, String extra) {
        Map<String, Object> inbox = client.toBlocking().retrieve(
                analyst.authorize(HttpRequest.GET("/api/admin/submissions?round=" + round + extra)), JSON);
        // the JSON leaves out empty lists
        return ((List<?>) inbox.getOrDefault("items", List.of())).stream()
                .map(item -> ((Number) ((Map<?, ?>) item).get("id")).longValue()).toList();
    }

    private Map<String, Object> post(String path, Object body) {
        return client.toBlocking().retrieve(analyst.authorize(HttpRequest.POST(path, body)), JSON);
    }

    private Map<String, Object> put(String path, Object body) {
        return client.toBlocking().retrieve(analyst.authorize(HttpRequest.PUT(path, body)), JSON);
    }
}
