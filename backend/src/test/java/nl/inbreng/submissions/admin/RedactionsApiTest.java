package nl.inbreng.submissions.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RedactionsApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    SubmissionRepository submissions;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    nl.inbreng.submissions.PublicQuotes quotes;

    AdminLogin.Session analyst;
    long round;

    @BeforeAll
    void setUp() {
        analyst = adminLogin.signInAs(Role.ANALIST);
        round = inputs.newRound();
    }

    @Test
    void analystRemovesTheConfirmedPiecesAndTheIndexForgetsThem() {
        long id = inputs.add(round, "Afval verbrand door ene Piet Hendriks, bel 06-12345678 voor meer.", "4.2");

        List<Map<String, Object>> suggestions = client.toBlocking().retrieve(analyst.withoutCsrf(
                HttpRequest.GET("/api/admin/submissions/" + id + "/redactions")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(List.of("NAAM", "TELEFOON"), suggestions.stream().map(s -> s.get("kind")).toList());

        List<Map<String, Object>> spans = suggestions.stream()
                .map(s -> Map.<String, Object>of("field", s.get("field"), "start", s.get("start"), "end", s.get("end"))).toList();
        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/submissions/" + id + "/redactions",
                Map.of("spans", spans))));

        assertEquals("Afval verbrand door ene [verwijderd], bel [verwijderd] voor meer.",
                submissions.findById(id).orElseThrow().problem());
        worker.awaitCaughtUp();
        Map<String, Object> search = client.toBlocking().retrieve(analyst.withoutCsrf(
                HttpRequest.GET("/api/admin/submissions?q=Hendriks&round=" + round)), Argument.mapOf(String.class, Object.class));
        assertEquals(0, ((Number) search.get("total")).intValue());
    }

    @Test
    void anInputIsQuotedOnlyWhenEverySuspectIsRemovedOrKept() {
        long clean = inputs.add(round, "Te hard gereden op de dijk, vooral 's avonds.", "4.1");
        long named = inputs.add(round, "Bij de Albert Heijn staat buurman Jansen elke avond te schreeuwen. Bel 06-12345678.", "1.1");
        long hidden = inputs.add(round, "Ook hier wordt te hard gereden.", "4.1");
        inputs.setStatus(hidden, nl.inbreng.submissions.Submission.SubmissionStatus.VERBORGEN);

        assertEquals(java.util.Set.of(clean), quotes.quotable(List.of(clean, named, hidden)));

        List<Map<String, Object>> suggestions = suggestions(named);
        assertEquals(List.of("NAAM", "TELEFOON"), suggestions.stream().map(s -> s.get("kind")).toList());
        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/submissions/" + named + "/redactions/keep",
                Map.of("spans", List.of(span(suggestions.get(0)))))));
        assertEquals(false, quotes.mayQuote(named), "the phone number is still open");
        assertEquals(List.of(true, false), suggestions(named).stream().map(s -> s.get("kept")).toList());

        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/submissions/" + named + "/redactions",
                Map.of("spans", List.of(span(suggestions.get(1)))))));
        assertEquals(true, quotes.mayQuote(named));
        assertEquals("Bij de Albert Heijn staat buurman Jansen elke avond te schreeuwen. Bel [verwijderd].",
                submissions.findById(named).orElseThrow().problem());
    }

    @Test
    void refusesToKeepTextThatIsNotASuggestion() {
        long id = inputs.add(round, "Buurman Jansen parkeert op de stoep.", "4.1");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                analyst.authorize(HttpRequest.POST("/api/admin/submissions/" + id + "/redactions/keep",
                        Map.of("spans", List.of(Map.of("field", "problem", "start", 0, "end", 7)))))));

        assertEquals(400, e.getStatus().getCode());
        assertEquals(false, quotes.mayQuote(id));
    }

    @Test
    void theBulkReviewListsOnlyInputsWithOpenSuspectsOfTheRound() {
        long own = inputs.newRound();
        long named = inputs.add(own, "Meneer Jansen van de Dijkweg 12 gooit afval in de sloot.", "1.2");
        inputs.add(own, "Afval in de sloot, al weken.", "1.2");
        inputs.add(round, "Mevrouw De Vries belt steeds.", "1.1");

        Map<String, Object> page = client.toBlocking().retrieve(analyst.withoutCsrf(HttpRequest.GET(
                "/api/admin/redaction-review?round=" + own)), Argument.mapOf(String.class, Object.class));

        assertEquals(1, ((Number) page.get("total")).intValue());
        assertEquals(1, ((Number) page.get("reviewed")).intValue());
        Map<?, ?> item = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
        assertEquals(named, ((Number) item.get("id")).longValue());
        assertEquals(List.of("NAAM", "ADRES"), ((List<?>) item.get("suspects")).stream().map(s -> ((Map<?, ?>) s).get("kind")).toList());
    }

    private List<Map<String, Object>> suggestions(long id) {
        return client.toBlocking().retrieve(analyst.withoutCsrf(HttpRequest.GET("/api/admin/submissions/" + id + "/redactions")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static Map<String, Object> span(Map<String, Object> suggestion) {
        return Map.of("field", suggestion.get("field"), "start", suggestion.get("start"), "end", suggestion.get("end"));
    }

    @Test
    void refusesPiecesOutsideTheText() {
        long id = inputs.add(round, "Kort.", "1.1");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                analyst.authorize(HttpRequest.POST("/api/admin/submissions/" + id + "/redactions",
                        Map.of("spans", List.of(Map.of("start", 2, "end", 40)))))));

        assertEquals(400, e.getStatus().getCode());
        assertEquals("Kort.", submissions.findById(id).orElseThrow().problem());
    }
}
