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
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging near-duplicates: the inbox reads them once, every count still sees each of them, and undo and withdrawal work. */
class MergeDuplicatesApiTest extends RealDatabaseTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String SCOOTERS = "Bij de speeltuin aan de Lindelaan rijden scooters veel te hard over het fietspad.";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    SubmissionRepository submissions;

    AdminLogin.Session analyst;

    @BeforeAll
    void setUp() {
        analyst = adminLogin.signInAs(Role.ANALIST);
    }

    @Test
    void mergedDuplicatesStillCountInThePrioritisationDashboardAndClustering() {
        long round = inputs.newRound();
        long online = inputs.add(round, SCOOTERS, "1.2");
        long paper = inputs.add(round, SCOOTERS + " Graag doen!", Channel.PAPIER, LocalDateTime.now(), "1.2");
        long stall = inputs.add(round, SCOOTERS, Channel.MARKTKRAAM, LocalDateTime.now(), "1.2");
        inputs.add(round, "Er is te weinig licht in het park bij het station.", "2.1");
        worker.awaitCaughtUp();
        int inputsBefore = prioritisedInputs(round, "1.2");
        int dashboardBefore = dashboardTotal(round);
        int clusteredBefore = clusteredTotal(round);
        assertEquals(3, inputsBefore);

        Map<String, Object> merged = post("/api/admin/submissions/" + online + "/merge", Map.of("ids", List.of(paper, stall)));
        worker.awaitCaughtUp();

        assertEquals(3, ((Number) merged.get("count")).intValue());
        assertEquals(SubmissionStatus.SAMENGEVOEGD, submissions.findById(paper).orElseThrow().status());
        assertEquals(inputsBefore, prioritisedInputs(round, "1.2"));
        assertEquals(dashboardBefore, dashboardTotal(round));
        assertEquals(clusteredBefore, clusteredTotal(round));
        List<Map<String, Object>> items = inboxItems(round, "");
        assertEquals(2, items.size());
        Map<String, Object> shown = items.stream().filter(i -> ((Number) i.get("id")).longValue() == online)
                .findFirst().orElseThrow();
        assertEquals(3, ((Number) shown.get("count")).intValue());
        Map<String, Object> detail = get("/api/admin/submissions/" + online);
        assertEquals(List.of(paper, stall), ids((List<?>) detail.get("duplicates")));
        assertEquals(((Number) get("/api/admin/submissions/" + paper).get("duplicateOf")).longValue(), online);
    }

    @Test
    void undoPutsTheInputBackOnItsOwnWithItsEarlierStatusAndBothLandInTheAuditLog() throws Exception {
        long round = inputs.newRound();
        long master = inputs.add(round, SCOOTERS, "1.2");
        long reviewed = inputs.add(round, SCOOTERS, Channel.PAPIER, LocalDateTime.now(), "1.2");
        put("/api/admin/submissions/" + reviewed + "/themes", Map.of("primary", "1.2", "secondary", List.of()));
        post("/api/admin/submissions/" + master + "/merge", Map.of("ids", List.of(reviewed)));

        Map<String, Object> undone = post("/api/admin/submissions/" + reviewed + "/unmerge", Map.of());
        worker.awaitCaughtUp();

        assertEquals("BEOORDEELD", undone.get("status"));
        assertEquals(master, ((Number) undone.get("mergedInto")).longValue());
        assertEquals(List.of(1, 1), inboxItems(round, "").stream().map(i -> ((Number) i.get("count")).intValue()).toList());
        assertFalse(get("/api/admin/submissions/" + reviewed).containsKey("duplicateOf"));
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class,
                () -> post("/api/admin/submissions/" + reviewed + "/unmerge", Map.of()));
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertEquals(List.of("/api/admin/submissions/" + master + "/merge:200",
                        "/api/admin/submissions/" + reviewed + "/unmerge:200",
                        "/api/admin/submissions/" + reviewed + "/unmerge:409"),
                auditTrail("/api/admin/submissions/" + master + "/merge", "/api/admin/submissions/" + reviewed + "/unmerge"));
    }

    private static List<String> auditTrail(String... targets) throws Exception {
        return Sql.rows("SELECT target, outcome FROM audit_log WHERE target IN (?, ?) ORDER BY id", targets[0], targets[1])
                .stream().map(row -> row.get(0) + ":" + row.get(1)).toList();
    }

    @Test
    void aResidentCanStillWithdrawAMergedInputAndTheCountFollows() {
        long round = inputs.newRound();
        long master = inputs.add(round, SCOOTERS, "1.2");
        Map<String, Object> given = give(round, SCOOTERS);
        long duplicate = ((Number) given.get("id")).longValue();
        post("/api/admin/submissions/" + master + "/merge", Map.of("ids", List.of(duplicate)));
        worker.awaitCaughtUp();
        assertEquals(2, prioritisedInputs(round, "1.2"));

        client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/submissions/" + given.get("receipt")));
        worker.awaitCaughtUp();

        assertEquals(SubmissionStatus.INGETROKKEN, submissions.findById(duplicate).orElseThrow().status());
        assertEquals(1, prioritisedInputs(round, "1.2"));
        assertEquals(List.of(1), inboxItems(round, "").stream().map(i -> ((Number) i.get("count")).intValue()).toList());
    }

    @Test
    void whenTheMergedIntoInputIsWithdrawnTheOldestDuplicateTakesItsPlace() {
        long round = inputs.newRound();
        Map<String, Object> given = give(round, SCOOTERS);
        long master = ((Number) given.get("id")).longValue();
        long first = inputs.add(round, SCOOTERS, Channel.PAPIER, LocalDateTime.now(), "1.2");
        long second = inputs.add(round, SCOOTERS, Channel.MARKTKRAAM, LocalDateTime.now(), "1.2");
        post("/api/admin/submissions/" + master + "/merge", Map.of("ids", List.of(first, second)));

        client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/submissions/" + given.get("receipt")));
        worker.awaitCaughtUp();

        List<Map<String, Object>> items = inboxItems(round, "");
        assertEquals(List.of(first), ids(items));
        assertEquals(2, ((Number) items.get(0).get("count")).intValue());
        assertEquals(SubmissionStatus.NIEUW, submissions.findById(first).orElseThrow().status());
        assertEquals(first, ((Number) get("/api/admin/submissions/" + second).get("duplicateOf")).longValue());
        assertEquals(2, prioritisedInputs(round, "1.2"));
    }

    @Test
    void retaggingTheMergedIntoInputTagsItsDuplicatesSoTheWholeGroupCountsUnderTheTheme() {
        long round = inputs.newRound();
        long master = inputs.add(round, SCOOTERS, "1.2");
        long unsure = inputs.add(round, SCOOTERS, Channel.PAPIER, LocalDateTime.now());
        post("/api/admin/submissions/" + master + "/merge", Map.of("ids", List.of(unsure)));
        assertEquals(0, prioritisedInputs(round, "1.4"));

        put("/api/admin/submissions/" + master + "/themes", Map.of("primary", "1.4", "secondary", List.of()));
        worker.awaitCaughtUp();

        assertEquals(2, prioritisedInputs(round, "1.4"));
        assertEquals(0, prioritisedInputs(round, "1.2"));
        assertFalse(submissions.findById(unsure).orElseThrow().themeUnsure());
        assertEquals(SubmissionStatus.SAMENGEVOEGD, submissions.findById(unsure).orElseThrow().status());
        assertEquals(List.of(), inboxItems(round, "&unsure=true"));
    }

    @Test
    void mergingADuplicateThatHasDuplicatesKeepsOneGroup() {
        long round = inputs.newRound();
        long a = inputs.add(round, SCOOTERS, "1.2");
        long b = inputs.add(round, SCOOTERS, "1.2");
        long c = inputs.add(round, SCOOTERS, "1.2");
        post("/api/admin/submissions/" + b + "/merge", Map.of("ids", List.of(c)));

        Map<String, Object> merged = post("/api/admin/submissions/" + a + "/merge", Map.of("ids", List.of(b)));
        worker.awaitCaughtUp();

        assertEquals(3, ((Number) merged.get("count")).intValue());
        assertEquals(List.of(a), ids(inboxItems(round, "")));
        assertEquals(a, ((Number) get("/api/admin/submissions/" + c).get("duplicateOf")).longValue());
    }

    @Test
    void refusesToMergeIntoItselfOrWithHiddenInputAndChangesNothing() {
        long round = inputs.newRound();
        long a = inputs.add(round, SCOOTERS, "1.2");
        long hidden = inputs.add(round, SCOOTERS, "1.2");
        long b = inputs.add(round, SCOOTERS, "1.2");
        post("/api/admin/submissions/" + hidden + "/hide", Map.of("reasonCode", "OVERIG"));

        HttpClientResponseException self = assertThrows(HttpClientResponseException.class,
                () -> post("/api/admin/submissions/" + a + "/merge", Map.of("ids", List.of(a))));
        HttpClientResponseException withHidden = assertThrows(HttpClientResponseException.class,
                () -> post("/api/admin/submissions/" + a + "/merge", Map.of("ids", List.of(b, hidden))));

        assertEquals(HttpStatus.BAD_REQUEST, self.getStatus());
        assertTrue(self.getResponse().getBody(String.class).orElse("").contains("niet met zichzelf"));
        assertEquals(HttpStatus.CONFLICT, withHidden.getStatus());
        assertEquals(SubmissionStatus.NIEUW, submissions.findById(b).orElseThrow().status());
    }

    @Test
    void listsTheNearDuplicateFirstAmongSimilarInputs() {
        long round = inputs.newRound();
        long a = inputs.add(round, SCOOTERS, "1.2");
        long same = inputs.add(round, "bij de speeltuin aan de lindelaan rijden de scooters veel te hard over het fietspad",
                Channel.PAPIER, LocalDateTime.now(), "1.2");
        long other = inputs.add(round, "Scooters rijden te hard door de winkelstraat in het centrum, vooral 's avonds laat.", "1.2");
        long elsewhere = inputs.add(inputs.newRound(), SCOOTERS, "1.2");
        worker.awaitCaughtUp();

        List<Map<String, Object>> candidates = client.toBlocking().retrieve(
                analyst.authorize(HttpRequest.GET("/api/admin/submissions/" + a + "/near-duplicates")),
                Argument.listOf(JSON));

        assertEquals(same, ((Number) candidates.get(0).get("id")).longValue());
        assertEquals(true, candidates.get(0).get("nearDuplicate"));
        candidates.stream().filter(c -> ((Number) c.get("id")).longValue() == other)
                .forEach(c -> assertEquals(false, c.get("nearDuplicate")));
        assertTrue(candidates.stream().noneMatch(c -> ((Number) c.get("id")).longValue() == elsewhere),
                "an identical input from another round is not offered");
    }

    private Map<String, Object> give(long round, String problem) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions", Map.of("themeCodes", List.of("1.2"),
                "problem", problem, "respondentType", "INWONER", "roundId", round)), JSON);
    }

    @SuppressWarnings("unchecked")
    private int prioritisedInputs(long round, String theme) {
        Map<String, Object> body = get("/api/admin/prioritisation?round=" + round);
        return ((List<Map<String, Object>>) body.get("themes")).stream().filter(t -> theme.equals(t.get("code")))
                .mapToInt(t -> ((Number) t.get("inputs")).intValue()).sum();
    }

    private int dashboardTotal(long round) {
        return ((Number) get("/api/admin/dashboard?round=" + round).get("total")).intValue();
    }

    private int clusteredTotal(long round) {
        Map<String, Object> body = client.toBlocking().retrieve(analyst.authorize(HttpRequest.POST(
                "/api/admin/clusterings", Map.of("filter", Map.of("round", round), "clusters", 2))), JSON);
        return ((Number) body.get("total")).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> inboxItems(long round, String extra) {
        Map<String, Object> inbox = get("/api/admin/submissions?round=" + round + extra);
        return (List<Map<String, Object>>) inbox.getOrDefault("items", List.of());
    }

    private static List<Long> ids(List<?> items) {
        return items.stream().map(item -> ((Number) ((Map<?, ?>) item).get("id")).longValue()).toList();
    }

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(analyst.authorize(HttpRequest.GET(path)), JSON);
    }

    private Map<String, Object> post(String path, Object body) {
        return client.toBlocking().retrieve(analyst.authorize(HttpRequest.POST(path, body)), JSON);
    }

    private Map<String, Object> put(String path, Object body) {
        return client.toBlocking().retrieve(analyst.authorize(HttpRequest.PUT(path, body)), JSON);
    }
}
