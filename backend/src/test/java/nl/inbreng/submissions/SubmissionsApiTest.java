package nl.inbreng.submissions;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SearchIndex;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.Sql;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static nl.inbreng.submissions.SubmissionRequests.aSubmission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionsApiTest extends RealDatabaseTest {

    @Inject
    Receipts receipts;
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SearchIndex searchIndex;

    @Inject
    IndexOutboxWorker indexWorker;

    @Inject
    RoundRepository rounds;

    @Inject
    RoundThemeRepository roundThemes;

    @Serdeable
    record Created(long id, String receipt) {
    }

    private Created give(Map<String, Object> body) {
        HttpResponse<Created> response = client.toBlocking().exchange(HttpRequest.POST("/api/v1/submissions", body), Created.class);
        assertEquals(HttpStatus.CREATED, response.getStatus());
        return response.body();
    }

    @Test
    void refusesARoundIdThatIsNoWholeNumberAtTheField() {
        Map<String, Object> body = new java.util.HashMap<>(aSubmission().build());
        body.put("roundId", 1.5);

        assertEquals("Vul een heel getal in, zonder komma of punt.", messageFor(refused(body), "roundId"));
    }

    private Problem refused(HttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(Problem.class)));
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().map(MediaType::toString).orElse(""));
        return e.getResponse().getBody(Problem.class).orElseThrow();
    }

    private Problem refused(Map<String, Object> body) {
        return refused(HttpRequest.POST("/api/v1/submissions", body));
    }

    private static String messageFor(Problem problem, String field) {
        assertEquals(400, problem.status());
        return problem.errors().stream().filter(e -> e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error on " + field + " in " + problem.errors()))
                .message();
    }

    @Test
    void givesAReceiptInGroupsOfFourAndStoresOnlyItsHash() throws Exception {
        Created created = give(aSubmission().withThemes("3.1", "1.4").build());

        assertTrue(created.receipt().matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), created.receipt());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission WHERE receipt_hash = ?", created.receipt()));
        String hash = receipts.hash(created.receipt().replace("-", ""));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE receipt_hash = ?", hash));
        assertEquals(2, Sql.number("SELECT COUNT(*) FROM submission_theme WHERE submission_id = ?", created.id()));
    }

    @Test
    void showsTheResidentTheirOwnInputWithTheReceiptTypedLoosely() {
        Created created = give(aSubmission().withThemes("2.1").with("ageBand", "30-44").build());

        ViewOwnSubmission.OwnSubmission own = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/submissions/"
                + created.receipt().toLowerCase().replace("-", "")), ViewOwnSubmission.OwnSubmission.class);

        assertEquals("NIEUW", own.status());
        assertEquals(List.of("2.1"), own.themeCodes());
        assertEquals("30-44", own.ageBand());
        assertTrue(own.problem().startsWith("Elke avond"));
    }

    @Test
    void acceptsSeveralThemesAtOnce() {
        Created created = give(aSubmission().withThemes("1.1", "1.2", "3.1", "4.1", "5.4").build());

        ViewOwnSubmission.OwnSubmission own = client.toBlocking().retrieve(
                HttpRequest.GET("/api/v1/submissions/" + created.receipt()), ViewOwnSubmission.OwnSubmission.class);
        assertEquals(List.of("1.1", "1.2", "3.1", "4.1", "5.4"), own.themeCodes());
    }

    @Test
    void leavesTheThemeToTheWerkgroepWhenTheResidentDoesNotKnow() throws Exception {
        Created created = give(aSubmission().unsureOfTheme().build());

        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE theme_unsure = TRUE AND id = ?", created.id()));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission_theme WHERE submission_id = ?", created.id()));
    }

    @Test
    void rejectsInputWithoutThemeUnlessTheResidentSaysTheyDoNotKnow() {
        assertEquals("Kies een of meer onderwerpen, of kies 'Weet ik niet'.",
                messageFor(refused(aSubmission().withThemes().build()), "themeCodes"));
    }

    @Test
    void rejectsAnUnknownTheme() {
        assertTrue(messageFor(refused(aSubmission().withThemes("3.1", "9.9").build()), "themeCodes").contains("9.9"));
    }

    @Test
    void rejectsAnEmptyProblem() {
        assertEquals("Vul in wat er speelt.", messageFor(refused(aSubmission().withProblem("   ").build()), "problem"));
        assertEquals("Vul in wat er speelt.", messageFor(refused(aSubmission().without("problem").build()), "problem"));
    }

    @Test
    void rejectsTextsLongerThanTheLimitAndSaysTheLimit() {
        Problem problem = refused(aSubmission().withProblem("a".repeat(5001)).withSolution("b".repeat(5002)).build());

        assertEquals("Gebruik hoogstens 5000 tekens. Nu zijn het er 5001.", messageFor(problem, "problem"));
        assertEquals("Gebruik hoogstens 5000 tekens. Nu zijn het er 5002.", messageFor(problem, "solution"));
        assertEquals("Controleer wat u heeft ingevuld", problem.title());
    }

    @Test
    void acceptsTextsOfExactlyTheLimitAndAnEmptySolution() {
        assertNotNull(give(aSubmission().withProblem("a".repeat(5000)).withSolution("").build()).receipt());
    }

    @Test
    void rejectsAnUnknownArea() {
        assertEquals("Kies een wijk of kern uit de lijst, of laat dit leeg.",
                messageFor(refused(aSubmission().with("areaCode", "nergens-" + UUID.randomUUID()).build()), "areaCode"));
    }

    @Test
    void requiresAKnownRespondentType() {
        assertEquals("Kies wie u bent, bijvoorbeeld inwoner of ondernemer.",
                messageFor(refused(aSubmission().without("respondentType").build()), "respondentType"));
        assertEquals("Kies wie u bent uit de lijst.",
                messageFor(refused(aSubmission().with("respondentType", "ALIEN").build()), "respondentType"));
    }

    @Test
    void rejectsAnUnknownAgeBandChannelAndRound() {
        Problem problem = refused(aSubmission().with("ageBand", "100+").with("channel", "FAX").with("roundId", 987654321).build());

        assertTrue(messageFor(problem, "ageBand").startsWith("Kies een leeftijdsgroep"));
        assertTrue(messageFor(problem, "channel").startsWith("Dit kanaal kennen wij niet"));
        assertEquals("Deze ronde bestaat niet.", messageFor(problem, "roundId"));
    }

    @Test
    void rejectsInputWhenRoundIsClosed() throws Exception {
        LocalDateTime march3 = LocalDateTime.of(LocalDate.now().getYear(), 3, 3, 17, 0);
        if (march3.isAfter(LocalDateTime.now())) {
            march3 = march3.minusYears(1);
        }
        Round closed = aRound().closedSince(march3).saveWith(rounds, roundThemes);

        Problem problem = refused(aSubmission().with("roundId", closed.id()).build());

        String expectedDate = march3.getYear() == LocalDate.now().getYear() ? "3 maart" : "3 maart " + march3.getYear();
        assertEquals("Deze ronde is gesloten sinds " + expectedDate + ". U kunt nog wel inbreng geven buiten deze ronde.",
                messageFor(problem, "roundId"));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission WHERE round_id = ?", closed.id()));
    }

    @Test
    void rejectsInputWhenRoundIsNotYetOpen() {
        Round later = aRound().opensAt(LocalDateTime.now().plusDays(40)).saveWith(rounds, roundThemes);

        Problem problem = refused(aSubmission().with("roundId", later.id()).build());

        assertTrue(messageFor(problem, "roundId").startsWith("Deze ronde gaat open op "), problem.errors()::toString);
    }

    @Test
    void rejectsThemeOutsideTheRound() throws Exception {
        Round round = aRound().withThemes("1.4", "3.1").saveWith(rounds, roundThemes);

        Problem problem = refused(aSubmission().withThemes("3.1", "5.2").with("roundId", round.id()).build());

        String message = messageFor(problem, "themeCodes");
        assertTrue(message.startsWith("Deze ronde gaat niet over 5.2. Kies uit de onderwerpen van deze ronde: "), message);
        assertTrue(message.contains("(1.4)") && message.contains("(3.1)"), message);
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission WHERE round_id = ?", round.id()));
    }

    @Test
    void acceptsThemesInsideTheRoundAndAnyThemeInARoundWithoutThemes() throws Exception {
        Round scoped = aRound().withThemes("1.4", "3.1").saveWith(rounds, roundThemes);
        Round everything = aRound().forOndernemers().saveWith(rounds, roundThemes);

        give(aSubmission().withThemes("3.1").with("roundId", scoped.id()).build());
        give(aSubmission().withThemes("5.2").with("roundId", everything.id()).build());

        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE round_id = ?", scoped.id()));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE round_id = ?", everything.id()));
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        Problem problem = refused(aSubmission().withProblem("").withThemes("0.0").without("respondentType").build());

        assertEquals(3, problem.errors().size());
    }

    @Test
    void rejectsContactDetailsWithoutConsent() {
        Problem problem = refused(aSubmission().withContact("Jan", "jan@example.org", false).build());

        assertTrue(messageFor(problem, "consent").startsWith("Geef toestemming"));
    }

    @Test
    void rejectsAnEmailAddressThatCannotBeOne() {
        assertTrue(messageFor(refused(aSubmission().withContact("Jan", "jan-at-home", true).build()), "contact.email")
                .startsWith("Vul een geldig e-mailadres in"));
    }

    @Test
    void storesContactDetailsOnlyWithConsentForFeedbackAndForAYear() throws Exception {
        Created created = give(aSubmission().withContact("Jan", "jan@example.org", true).build());

        ViewOwnSubmission.OwnSubmission own = client.toBlocking().retrieve(
                HttpRequest.GET("/api/v1/submissions/" + created.receipt()), ViewOwnSubmission.OwnSubmission.class);
        assertEquals("jan@example.org", own.contact().email());
        assertEquals("TERUGKOPPELING", own.contact().purpose());
        assertEquals(java.time.LocalDate.now().plusMonths(12), own.contact().deleteAfter());

        Created anonymous = give(aSubmission().build());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM contact_details WHERE submission_id = ?", anonymous.id()));
    }

    @Test
    void rejectsBrokenJsonInDutch() {
        Problem problem = refused(HttpRequest.POST("/api/v1/submissions", "{\"problem\": \"half")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertEquals(400, problem.status());
        assertEquals("Het verzoek is niet goed", problem.title());
    }

    @Test
    void rejectsAnOversizedBodyWith413() {
        Problem problem = refused(HttpRequest.POST("/api/v1/submissions",
                Map.of("problem", "x".repeat(300 * 1024), "respondentType", "INWONER", "themeCodes", List.of("3.1"))));

        assertEquals(413, problem.status());
        assertEquals("Wat u stuurt is te groot", problem.title());
    }

    @Test
    void answersARobotThatFillsTheHoneypotAsIfStoredButStoresNothing() throws Exception {
        String marker = "honeypot-" + UUID.randomUUID();
        HttpResponse<Created> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/submissions", aSubmission().withProblem(marker).byRobot().build()), Created.class);

        assertEquals(HttpStatus.CREATED, response.getStatus());
        assertNotNull(response.body().receipt());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission WHERE problem = ?", marker));
    }

    @Test
    void withdrawalErasesTextAndContactFromDatabaseAndSearchIndex() throws Exception {
        Created created = give(aSubmission().withContact("Jan", "jan@example.org", true).build());
        indexWorker.awaitCaughtUp(); // indexing follows the commit through the durable outbox
        assertEquals(1, hitsInIndex(created.id()));

        HttpResponse<?> response = client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/submissions/" + created.receipt()));

        assertEquals(HttpStatus.NO_CONTENT, response.getStatus());
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM contact_details WHERE submission_id = ?", created.id()));
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE id = ? AND problem IS NULL AND solution IS NULL"
                + " AND status = 'INGETROKKEN'", created.id()));
        assertEquals(0, hitsInIndex(created.id()));
        ViewOwnSubmission.OwnSubmission own = client.toBlocking().retrieve(
                HttpRequest.GET("/api/v1/submissions/" + created.receipt()), ViewOwnSubmission.OwnSubmission.class);
        assertEquals("INGETROKKEN", own.status());
        assertNull(own.problem());
        assertNull(own.contact());
    }

    @Test
    void answers404InDutchForAnUnknownReceipt() {
        Problem problem = refused(HttpRequest.GET("/api/v1/submissions/ABCD-EFGH-JKMN"));
        assertEquals(404, problem.status());
        assertEquals(404, refused(HttpRequest.DELETE("/api/v1/submissions/not-a-receipt")).status());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingNew() throws Exception {
        String marker = "idempotent-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aSubmission().withProblem(marker).build();

        Created first = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions", body).header("Idempotency-Key", key), Created.class);
        HttpResponse<Created> retry = client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/submissions", body).header("Idempotency-Key", key), Created.class);

        assertEquals(HttpStatus.CREATED, retry.getStatus());
        assertEquals(first, retry.body());
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE problem = ?", marker));
    }

    @Test
    void tenConcurrentRetriesWithOneKeyStoreExactlyOneInput() throws Exception {
        String marker = "concurrent-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aSubmission().withProblem(marker).build();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<HttpResponse<Created>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> client.toBlocking().exchange(
                        HttpRequest.POST("/api/v1/submissions", body).header("Idempotency-Key", key), Created.class));
            }
            List<Created> answers = new ArrayList<>();
            for (Future<HttpResponse<Created>> future : pool.invokeAll(calls)) {
                HttpResponse<Created> response = future.get();
                assertEquals(HttpStatus.CREATED, response.getStatus());
                answers.add(response.body());
            }
            assertEquals(1, answers.stream().distinct().count(), "every retry gets the same receipt");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE problem = ?", marker));
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentInput() {
        String key = UUID.randomUUID().toString();
        give(aSubmission().build());
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/submissions", aSubmission().build()).header("Idempotency-Key", key));

        Problem problem = refused(HttpRequest.POST("/api/v1/submissions", aSubmission().withProblem("iets anders").build())
                .header("Idempotency-Key", key));
        assertEquals(422, problem.status());
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        refused(HttpRequest.POST("/api/v1/submissions", aSubmission().withProblem("").build()).header("Idempotency-Key", key));

        HttpResponse<Created> fixed = client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/submissions", aSubmission().build()).header("Idempotency-Key", key), Created.class);
        assertEquals(HttpStatus.CREATED, fixed.getStatus());
    }

    @Test
    void neverSetsACookieOnThePublicSide() {
        HttpResponse<Created> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/submissions", aSubmission().build()), Created.class);
        assertFalse(response.getHeaders().contains("Set-Cookie"));
    }

    private long hitsInIndex(long id) throws Exception {
        searchIndex.searchers().maybeRefreshBlocking();
        IndexSearcher searcher = searchIndex.searchers().acquire();
        try {
            return searcher.count(new TermQuery(new Term("id", Long.toString(id))));
        } finally {
            searchIndex.searchers().release(searcher);
        }
    }
}
