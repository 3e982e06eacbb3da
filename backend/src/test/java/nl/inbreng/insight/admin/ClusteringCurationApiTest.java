package nl.inbreng.insight.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.inbreng.rounds.RoundBuilder.aRound;
import static nl.inbreng.submissions.SubmissionBuilder.aSubmission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Curation of stored clusterings on the real database: split, pin and refresh, reopen, new input, import filter. */
@SuppressWarnings("unchecked")
class ClusteringCurationApiTest extends RealDatabaseTest {

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
            "Scooters rijden te hard over het fietspad langs de Dorpsstraat.");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    SubmissionRepository submissions;
    @Inject
    RoundRepository rounds;
    @Inject
    TransactionOperations<Connection> transactions;

    private AdminLogin.Session analist;

    @BeforeEach
    void logIn() {
        analist = adminLogin.signInAs(Role.ANALIST);
    }

    private long newRound() {
        LocalDateTime now = LocalDateTime.now();
        return rounds.save(aRound().slug("curation-" + System.nanoTime()).titled("Curation test").forEveryone()
                .withoutIntro().openBetween(now.minusDays(1), now.plusDays(10)).build()).id();
    }

    private long submit(long round, String text, Submission.Channel channel) {
        return submissions.save(aSubmission().inRound(round).about(text).via(channel).build()).id();
    }

    private List<Long> seed(long round) {
        List<Long> ids = new ArrayList<>();
        for (String text : TEXTS) {
            ids.add(submit(round, text, Submission.Channel.ONLINE));
        }
        return ids;
    }

    private Map<String, Object> post(String path, Object body) {
        return client.toBlocking().retrieve(analist.authorize(HttpRequest.POST(path, body)),
                Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(analist.authorize(HttpRequest.GET(path)), Argument.mapOf(String.class, Object.class));
    }

    private long cluster(Map<String, Object> filter, Integer clusters) {
        Map<String, Object> body = clusters == null ? Map.of("filter", filter) : Map.of("filter", filter, "clusters", clusters);
        return ((Number) post("/api/admin/clusterings", body).get("id")).longValue();
    }

    private static List<Map<String, Object>> clusters(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("clusters");
    }

    private static List<Long> ids(Object numbers) {
        return numbers == null ? List.of() : ((List<Number>) numbers).stream().map(Number::longValue).toList();
    }

    /** The invariant of every curation step: each input of the filter sits in exactly one cluster. */
    private static void assertEachInputExactlyOnce(Map<String, Object> view, List<Long> expected) {
        List<Long> all = new ArrayList<>();
        for (Map<String, Object> cluster : clusters(view)) {
            List<Long> members = ids(cluster.get("memberIds"));
            assertEquals(members.size(), ((Number) cluster.get("size")).intValue());
            all.addAll(members);
        }
        assertEquals(all.size(), new HashSet<>(all).size(), "no input in two clusters");
        assertEquals(new HashSet<>(expected), new HashSet<>(all), "every input of the filter is in a cluster");
        assertEquals(0, ((Number) view.get("unassigned")).intValue());
    }

    private static Map<String, Object> clusterWith(Map<String, Object> view, long submissionId) {
        return clusters(view).stream().filter(c -> ids(c.get("memberIds")).contains(submissionId)).findFirst().orElseThrow();
    }

    @Test
    void splitsPickedInputsIntoANewClusterWithAGeneratedLabel() {
        long round = newRound();
        List<Long> inputs = seed(round);
        long id = cluster(Map.of("round", round), 2);
        Map<String, Object> before = get("/api/admin/clusterings/" + id);
        assertEachInputExactlyOnce(before, inputs);
        Map<String, Object> source = clusters(before).stream()
                .filter(c -> ids(c.get("memberIds")).size() >= 3).findFirst().orElseThrow();
        List<Long> sourceMembers = ids(source.get("memberIds"));
        List<Long> picked = sourceMembers.subList(0, 2);

        Map<String, Object> answer = post("/api/admin/clusterings/" + id + "/splits",
                Map.of("clusterId", source.get("id"), "submissionIds", picked));

        Map<String, Object> created = (Map<String, Object>) answer.get("created");
        assertEquals(new HashSet<>(picked), new HashSet<>(ids(created.get("memberIds"))));
        assertFalse(((String) created.get("label")).isBlank());
        Map<String, Object> after = get("/api/admin/clusterings/" + id);
        assertEachInputExactlyOnce(after, inputs);
        assertEquals(clusters(before).size() + 1, clusters(after).size());
        Map<String, Object> remaining = clusters(after).stream()
                .filter(c -> ((Number) c.get("id")).longValue() == ((Number) source.get("id")).longValue()).findFirst().orElseThrow();
        assertEquals(source.get("label"), remaining.get("label"), "the cluster that stays keeps its name");
        assertEquals(sourceMembers.size() - 2, ids(remaining.get("memberIds")).size());
        assertNotNull(after.get("curatedAt"), "a split counts as curation");

        // The generated label can then be renamed like any other.
        long createdId = ((Number) created.get("id")).longValue();
        client.toBlocking().exchange(analist.authorize(HttpRequest.PATCH(
                "/api/admin/clusterings/" + id + "/clusters/" + createdId, Map.of("label", "Eigen naam"))));
        assertEquals("Eigen naam", clusterWith(get("/api/admin/clusterings/" + id), picked.get(0)).get("label"));
    }

    @Test
    void splitsAutomaticallyInTwoByClusteringJustThatClustersInputs() {
        long round = newRound();
        List<Long> inputs = seed(round);
        long id = cluster(Map.of("round", round), 1);
        Map<String, Object> before = get("/api/admin/clusterings/" + id);
        Map<String, Object> whole = clusters(before).stream().filter(c -> !(Boolean) c.get("overig")).findFirst().orElseThrow();
        int wholeSize = ids(whole.get("memberIds")).size();

        Map<String, Object> answer = post("/api/admin/clusterings/" + id + "/splits", Map.of("clusterId", whole.get("id")));

        List<Long> created = ids(((Map<String, Object>) answer.get("created")).get("memberIds"));
        List<Long> remaining = ids(((Map<String, Object>) answer.get("remaining")).get("memberIds"));
        assertFalse(created.isEmpty());
        assertFalse(remaining.isEmpty());
        assertEquals(wholeSize, created.size() + remaining.size());
        assertEachInputExactlyOnce(get("/api/admin/clusterings/" + id), inputs);
    }

    @Test
    void refusesASplitWithInputsFromElsewhereOrThatEmptiesTheCluster() {
        long round = newRound();
        seed(round);
        long id = cluster(Map.of("round", round), 2);
        Map<String, Object> view = get("/api/admin/clusterings/" + id);
        Map<String, Object> first = clusters(view).get(0);
        Map<String, Object> second = clusters(view).get(1);

        HttpClientResponseException foreign = assertThrows(HttpClientResponseException.class, () -> post(
                "/api/admin/clusterings/" + id + "/splits",
                Map.of("clusterId", first.get("id"), "submissionIds", ids(second.get("memberIds")).subList(0, 1))));
        assertEquals(HttpStatus.BAD_REQUEST, foreign.getStatus());
        assertTrue(foreign.getResponse().getBody(String.class).orElse("").contains("Kies alleen inbreng uit de groep"));

        HttpClientResponseException all = assertThrows(HttpClientResponseException.class, () -> post(
                "/api/admin/clusterings/" + id + "/splits",
                Map.of("clusterId", first.get("id"), "submissionIds", ids(first.get("memberIds")))));
        assertEquals(HttpStatus.BAD_REQUEST, all.getStatus());
    }

    @Test
    void aPinnedClusterKeepsItsLabelAndMembersWhenTheClusteringIsRefreshed() {
        long round = newRound();
        List<Long> inputs = new ArrayList<>(seed(round));
        long id = cluster(Map.of("round", round), 3);
        Map<String, Object> view = get("/api/admin/clusterings/" + id);
        Map<String, Object> chosen = clusterWith(view, inputs.get(0));
        long chosenId = ((Number) chosen.get("id")).longValue();
        // Make the pinned cluster something the clusterer would never produce: one input moved in by hand.
        long stranger = inputs.get(8);
        post("/api/admin/clusterings/" + id + "/moves", Map.of("submissionIds", List.of(stranger), "toClusterId", chosenId));
        client.toBlocking().exchange(analist.authorize(HttpRequest.PATCH(
                "/api/admin/clusterings/" + id + "/clusters/" + chosenId, Map.of("label", "Vastgezet", "pinned", true))));
        Set<Long> pinnedMembers = new HashSet<>(ids(clusterWith(get("/api/admin/clusterings/" + id), stranger).get("memberIds")));
        inputs.add(submit(round, "Nog meer hondenpoep bij de Lindelaan, vies.", Submission.Channel.PAPIER));

        Map<String, Object> refreshed = post("/api/admin/clusterings/" + id + "/refreshes", Map.of());

        Map<String, Object> pinned = clusterWith(refreshed, stranger);
        assertEquals(chosenId, ((Number) pinned.get("id")).longValue());
        assertEquals("Vastgezet", pinned.get("label"));
        assertEquals(true, pinned.get("pinned"));
        assertEquals(pinnedMembers, new HashSet<>(ids(pinned.get("memberIds"))));
        assertEachInputExactlyOnce(refreshed, inputs);
    }

    @Test
    void newInputJoinsTheNearestCuratedClusterFlaggedNewAndCanBeAccepted() {
        long round = newRound();
        List<Long> inputs = new ArrayList<>(seed(round));
        long id = cluster(Map.of("round", round), 3);
        Map<String, Object> view = get("/api/admin/clusterings/" + id);
        long dogCluster = ((Number) clusterWith(view, inputs.get(0)).get("id")).longValue();
        client.toBlocking().exchange(analist.authorize(HttpRequest.PATCH(
                "/api/admin/clusterings/" + id + "/clusters/" + dogCluster, Map.of("label", "Hondenpoep op straat"))));

        long dog = submit(round, "Weer hondenpoep op de stoep, ruim het op!", Submission.Channel.MARKTKRAAM);
        long unrelated = submit(round, "Xylofoon quasar zwembadrooster.", Submission.Channel.ONLINE);
        inputs.add(dog);
        inputs.add(unrelated);
        assertEquals(2, ((Number) get("/api/admin/clusterings/" + id).get("unassigned")).intValue());

        Map<String, Object> assigned = post("/api/admin/clusterings/" + id + "/assignments", Map.of());
        assertEquals(2, ((Number) assigned.get("assigned")).intValue());
        assertEquals(1, ((Number) assigned.get("toOverig")).intValue());

        Map<String, Object> after = get("/api/admin/clusterings/" + id);
        assertEachInputExactlyOnce(after, inputs);
        Map<String, Object> withDog = clusterWith(after, dog);
        assertEquals(dogCluster, ((Number) withDog.get("id")).longValue(), "joins the curated dog-mess cluster");
        assertEquals("Hondenpoep op straat", withDog.get("label"), "the curated label stays");
        assertEquals(List.of(dog), ids(withDog.get("newMemberIds")));
        assertEquals(true, clusterWith(after, unrelated).get("overig"));

        // A second run finds nothing left to place.
        assertEquals(0, ((Number) post("/api/admin/clusterings/" + id + "/assignments", Map.of()).get("assigned")).intValue());

        post("/api/admin/clusterings/" + id + "/accepts", Map.of("submissionIds", List.of(dog)));
        assertTrue(ids(clusterWith(get("/api/admin/clusterings/" + id), dog).get("newMemberIds")).isEmpty());

        // Moving a new input also settles it.
        post("/api/admin/clusterings/" + id + "/moves", Map.of("submissionIds", List.of(unrelated), "toClusterId", dogCluster));
        Map<String, Object> last = get("/api/admin/clusterings/" + id);
        assertEachInputExactlyOnce(last, inputs);
        assertTrue(ids(clusterWith(last, unrelated).get("newMemberIds")).isEmpty());
    }

    @Test
    void listsStoredClusteringsOfARoundNewestFirstWithTheirSize() {
        long round = newRound();
        List<Long> inputs = seed(round);
        long older = cluster(Map.of("round", round), 2);
        long newer = cluster(Map.of("round", round, "channel", "ONLINE"), null);

        List<Map<String, Object>> list = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/clusterings?round=" + round)),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertEquals(List.of(newer, older), list.stream().map(row -> ((Number) row.get("id")).longValue()).toList());
        assertEquals(inputs.size(), ((Number) list.get(0).get("size")).intValue());
        assertEquals("ONLINE", ((Map<String, Object>) list.get(0).get("filter")).get("channel"));
        assertNull(list.get(1).get("curatedAt"));
        assertNotNull(list.get(1).get("createdAt"));

        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> get("/api/admin/clusterings/987654321"));
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
    }

    @Test
    void clustersTheInputsOfOneImport() {
        long round = newRound();
        List<Long> inputs = seed(round);
        List<Long> imported = inputs.subList(0, 5);
        // The import feature's own tables, filled directly: the point here is the filter, not the upload.
        long importId = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            long created;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO data_import (file_name, created_at, imported_count) VALUES ('enquete.csv', ?, 5)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, LocalDateTime.now());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    created = keys.getLong(1);
                }
            }
            for (int i = 0; i < imported.size(); i++) {
                try (PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO import_submission (import_id, submission_id, line_number) VALUES (?, ?, ?)")) {
                    link.setLong(1, created);
                    link.setLong(2, imported.get(i));
                    link.setInt(3, i + 2);
                    link.executeUpdate();
                }
            }
            return created;
        });

        long id = cluster(Map.of("import", String.valueOf(importId)), null);

        Map<String, Object> view = get("/api/admin/clusterings/" + id);
        assertEachInputExactlyOnce(view, imported);
        assertEquals(String.valueOf(importId), ((Map<String, Object>) view.get("filter")).get("import"));

        // The contract leaves the type open: the import's number as a JSON number works as well.
        long again = cluster(Map.of("import", importId), null);
        assertEquals(imported.size(), ((Number) get("/api/admin/clusterings/" + again).get("total")).intValue());

        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class,
                () -> cluster(Map.of("import", "enquete"), null));
        assertEquals(HttpStatus.BAD_REQUEST, wrong.getStatus());
        assertTrue(wrong.getResponse().getBody(String.class).orElse("").contains("nummer van de import"));
        assertNotEquals(0, importId);
    }
}
