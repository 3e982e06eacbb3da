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
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminInboxApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;

    AdminLogin.Session analyst;
    long round;
    long fietsen;
    long graffiti;

    @BeforeAll
    void setUp() {
        analyst = adminLogin.signInAs(Role.ANALIST);
        round = inputs.newRound();
        fietsen = inputs.add(round, "Bij het station worden steeds fietsen gestolen.", "1.3");
        graffiti = inputs.add(round, "Graffiti op de muur van de sporthal.", "1.2");
        worker.awaitCaughtUp();
    }

    @Test
    void analystSearchesTheInboxWithFacetsAndHighlights() {
        Map<String, Object> body = get("/api/admin/submissions?q=fiets&round=" + round);

        assertEquals(1, ((Number) body.get("total")).intValue());
        List<Map<String, Object>> items = items(body);
        assertEquals(fietsen, ((Number) items.get(0).get("id")).longValue());
        assertEquals(List.of("1.3"), items.get(0).get("themeCodes"));
        assertTrue(((String) items.get(0).get("highlight")).contains("<mark>fietsen</mark>"));
        assertEquals(Map.of("1.3", 1), ((Map<?, ?>) body.get("facets")).get("theme"));
    }

    @Test
    void filtersByThemeAndSortsByDate() {
        Map<String, Object> body = get("/api/admin/submissions?theme=1.2,1.3&sort=date&round=" + round);

        assertEquals(List.of(graffiti, fietsen), items(body).stream().map(i -> ((Number) i.get("id")).longValue()).toList());
    }

    @Test
    void showsOneInputWithItsPrimaryTheme() {
        Map<String, Object> body = get("/api/admin/submissions/" + graffiti);

        assertEquals("Graffiti op de muur van de sporthal.", body.get("problem"));
        assertEquals(List.of(Map.of("code", "1.2", "primary", true)), body.get("themes"));
    }

    @Test
    void suggestsThreeThemesBestFirst() {
        List<Map<String, Object>> suggestions = client.toBlocking().retrieve(
                analyst.authorize(HttpRequest.GET("/api/admin/submissions/" + fietsen + "/theme-suggestions")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertEquals(3, suggestions.size());
        assertEquals("1.3", suggestions.get(0).get("code"));
        double first = ((Number) suggestions.get(0).get("score")).doubleValue();
        double second = ((Number) suggestions.get(1).get("score")).doubleValue();
        assertTrue(first >= second);
    }

    @Test
    void explainsEachSuggestionWithItsWordsAndSimilarTaggedInputs() {
        List<Map<String, Object>> suggestions = client.toBlocking().retrieve(
                analyst.authorize(HttpRequest.GET("/api/admin/submissions/" + fietsen + "/theme-suggestions")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        for (Map<String, Object> suggestion : suggestions) {
            Map<?, ?> explanation = (Map<?, ?>) suggestion.get("explanation");
            assertTrue(explanation.get("words") instanceof List<?>, suggestion.toString());
            assertTrue(explanation.get("similar") instanceof List<?>, suggestion.toString());
            double fromThemeText = ((Number) explanation.get("fromThemeText")).doubleValue();
            assertTrue(fromThemeText >= 0 && fromThemeText <= 1, suggestion.toString());
        }
        Map<?, ?> best = (Map<?, ?>) suggestions.get(0).get("explanation");
        List<?> words = (List<?>) best.get("words");
        assertTrue(words.contains("fietsen") || words.contains("gestolen"), "the words that drove 1.3: " + words);
        List<?> similar = (List<?>) best.get("similar");
        assertTrue(similar.stream().map(m -> ((Number) ((Map<?, ?>) m).get("id")).longValue()).noneMatch(id -> id == fietsen),
                "the input itself is tagged 1.3 but is not shown as similar to itself: " + similar);
    }

    @Test
    void answers404ForAnUnknownInput() {
        assertEquals(HttpStatus.NOT_FOUND, statusOf("/api/admin/submissions/987654321", analyst));
    }

    @Test
    void rejectsAnUnknownSortWithADutchMessage() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(analyst.authorize(HttpRequest.GET("/api/admin/submissions?sort=alfabet")),
                        String.class));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("Sorteer op"));
    }

    @Test
    void refusesAPageBeyondTheResultWindowAtTheFieldInsteadOfOverflowing() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(analyst.authorize(
                        HttpRequest.GET("/api/admin/submissions?page=10737418&size=200")), String.class));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("\"field\":\"page\"") && body.contains("10.000 resultaten"), body);
    }

    @Test
    void refusesStallStaffAndStrangers() {
        AdminLogin.Session kraam = adminLogin.signInAs(Role.KRAAM);

        assertEquals(HttpStatus.FORBIDDEN, statusOf("/api/admin/submissions", kraam));
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf("/api/admin/submissions", null));
    }

    private HttpStatus statusOf(String path, AdminLogin.Session session) {
        try {
            var request = HttpRequest.GET(path);
            return client.toBlocking().exchange(session == null ? request : session.authorize(request), String.class).status();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(analyst.authorize(HttpRequest.GET(path)), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }
}
