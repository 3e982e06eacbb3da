package nl.inbreng.insight.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static nl.inbreng.submissions.SubmissionBuilder.aSubmission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusteringsApiTest extends RealDatabaseTest {

    private static final List<String> TEXTS = List.of(
            "Overal hondenpoep op de stoep bij de Lindelaan.",
            "De hondenpoep in het park, niemand ruimt het op.",
            "Hondenbezitters ruimen de hondenpoep niet op bij de speeltuin.",
            "hondepoep overal op het trottoir bij school",
            "Hangjongeren bij het winkelcentrum maken lawaai tot laat.",
            "Elke avond hangjongeren bij de snackbar, ze schreeuwen en gooien met blikjes.",
            "De hangjongeren op het bankje bij de kerk intimideren voorbijgangers.",
            "Groep hangjongeren met scooters bij het winkelcentrum.",
            "Er wordt veel te hard gereden in de Dorpsstraat, snelheidsduivels.",
            "Auto's rijden veel te hard door de Dorpsstraat, gevaarlijk voor kinderen.",
            "Te hard rijden in de 30 km zone bij de school.",
            "De hangjongeren op het bankje bij de kerk intimideren voorbijgangers!");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SubmissionRepository submissions;
    @Inject
    RoundRepository rounds;

    @Inject
    AdminLogin adminLogin;

    /** application.yml pins port 8080; a test must never bind it (another process may hold it). */

    /** A round of its own, so inputs of other tests in the shared schema stay out of the filter. */
    private long roundWithInputs() {
        LocalDateTime now = LocalDateTime.now();
        Round round = rounds.save(aRound().slug("clustering-" + System.nanoTime()).titled("Clustering test")
                .forEveryone().withoutIntro().openBetween(now.minusDays(1), now.plusDays(10)).build());
        for (int i = 0; i < TEXTS.size(); i++) {
            Submission.Channel channel = i % 3 == 0 ? Submission.Channel.PAPIER : Submission.Channel.ONLINE;
            submissions.save(aSubmission().inRound(round.id()).about(TEXTS.get(i)).via(channel).at(now).build());
        }
        return round.id();
    }

    @SuppressWarnings("unchecked")
    @Test
    void clustersEveryInputOfTheFilterExactlyOnceAndStoresTheResult() {
        long round = roundWithInputs();
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        Map<String, Object> body = client.toBlocking().retrieve(analist.authorize(
                HttpRequest.POST("/api/admin/clusterings", Map.of("filter", Map.of("round", round), "clusters", 3))),
                Argument.mapOf(String.class, Object.class));

        assertTrue(((Number) body.get("id")).longValue() > 0);
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) body.get("clusters");
        List<Long> members = new ArrayList<>();
        for (Map<String, Object> cluster : clusters) {
            List<Number> ids = (List<Number>) cluster.get("memberIds");
            ids.forEach(id -> members.add(id.longValue()));
            assertEquals(ids.size(), ((Number) cluster.get("size")).intValue());
            assertFalse(((String) cluster.get("label")).isBlank());
            assertTrue(cluster.containsKey("summary") && cluster.containsKey("keyPhrases")
                    && cluster.containsKey("representativeIds"));
            Map<String, Map<String, Number>> breakdown = (Map<String, Map<String, Number>>) cluster.get("breakdown");
            assertEquals(ids.size(), breakdown.get("channel").values().stream().mapToInt(Number::intValue).sum());
        }
        assertEquals(TEXTS.size(), members.size());
        assertEquals(TEXTS.size(), new HashSet<>(members).size());
        List<Map<String, Object>> duplicates = (List<Map<String, Object>>) body.get("nearDuplicates");
        assertTrue(duplicates.stream().anyMatch(group -> ((List<?>) group.get("memberIds")).size() == 2
                && ((Map<?, ?>) group.get("channels")).size() == 2), "the kerk input came on paper and online");
    }

    @SuppressWarnings("unchecked")
    @Test
    void letsAnAnalistRenameMergeAndMoveWhileEveryInputStaysInOneCluster() {
        long round = roundWithInputs();
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        Map<String, Object> body = client.toBlocking().retrieve(analist.authorize(
                HttpRequest.POST("/api/admin/clusterings", Map.of("filter", Map.of("round", round), "clusters", 3))),
                Argument.mapOf(String.class, Object.class));
        long id = ((Number) body.get("id")).longValue();
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) body.get("clusters");
        long first = ((Number) clusters.get(0).get("id")).longValue();
        long second = ((Number) clusters.get(1).get("id")).longValue();
        long moved = ((Number) ((List<?>) clusters.get(0).get("memberIds")).get(0)).longValue();

        Map<String, Object> renamed = client.toBlocking().retrieve(analist.authorize(HttpRequest.PATCH(
                "/api/admin/clusterings/" + id + "/clusters/" + first, Map.of("label", "Hondenpoep", "pinned", true))),
                Argument.mapOf(String.class, Object.class));
        assertEquals("Hondenpoep", renamed.get("label"));
        assertEquals(true, renamed.get("pinned"));

        Map<String, Object> afterMove = client.toBlocking().retrieve(analist.authorize(HttpRequest.POST(
                "/api/admin/clusterings/" + id + "/moves", Map.of("submissionIds", List.of(moved), "toClusterId", second))),
                Argument.mapOf(String.class, Object.class));
        assertTrue(((List<Number>) afterMove.get("memberIds")).stream().anyMatch(n -> n.longValue() == moved));

        Map<String, Object> merged = client.toBlocking().retrieve(analist.authorize(HttpRequest.POST(
                "/api/admin/clusterings/" + id + "/merges", Map.of("clusterIds", List.of(first, second)))),
                Argument.mapOf(String.class, Object.class));
        int expected = ((List<?>) clusters.get(0).get("memberIds")).size() + ((List<?>) clusters.get(1).get("memberIds")).size();
        assertEquals(expected, ((Number) merged.get("size")).intValue());
        assertEquals("Hondenpoep", merged.get("label"));

        HttpClientResponseException gone = assertThrows(HttpClientResponseException.class, () ->
                client.toBlocking().exchange(analist.authorize(HttpRequest.PATCH(
                        "/api/admin/clusterings/" + id + "/clusters/" + second, Map.of("label", "X")))));
        assertEquals(HttpStatus.NOT_FOUND, gone.getStatus());
    }

    @Test
    void refusesAnUnreasonableNumberOfClustersInDutch() {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        HttpClientResponseException error = assertThrows(HttpClientResponseException.class, () ->
                client.toBlocking().exchange(analist.authorize(
                        HttpRequest.POST("/api/admin/clusterings", Map.of("filter", Map.of(), "clusters", 500)))));
        assertEquals(HttpStatus.BAD_REQUEST, error.getStatus());
        assertTrue(error.getResponse().getBody(String.class).orElse("").contains("Kies een aantal groepen"));
    }

    @Test
    void refusesAFilterTooLongForItsColumnAtTheFieldInsteadOfA500() {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("theme", "t".repeat(41)),
                Map.of("area", "a".repeat(61)))) {
            HttpClientResponseException error = assertThrows(HttpClientResponseException.class, () ->
                    client.toBlocking().exchange(analist.authorize(
                            HttpRequest.POST("/api/admin/clusterings", Map.of("filter", filter)))));
            assertEquals(HttpStatus.BAD_REQUEST, error.getStatus());
            String body = error.getResponse().getBody(String.class).orElse("");
            assertTrue(body.contains("\"field\":\"filter." + filter.keySet().iterator().next() + "\""), body);
        }
    }

    @Test
    void isClosedToRolesOtherThanAnalistAndBeheerder() {
        AdminLogin.Session kraam = adminLogin.signInAs(Role.KRAAM);
        HttpClientResponseException error = assertThrows(HttpClientResponseException.class, () ->
                client.toBlocking().exchange(kraam.authorize(
                        HttpRequest.POST("/api/admin/clusterings", Map.of("filter", Map.of())))));
        assertEquals(HttpStatus.FORBIDDEN, error.getStatus());
    }
}
