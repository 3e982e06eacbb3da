package nl.inbreng.submissions;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.Sql;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.inbreng.submissions.SubmissionRequests.aSubmission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What may enter and what must leave: control characters are dropped at the edge, e-mail syntax is strict, receipts
 * are stored keyed, and a withdrawal also erases the copies of the text in notes and summary sentences.
 */
class InputAtTheEdgeApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    Receipts receipts;
    @Inject
    IndexOutboxWorker worker;

    AdminLogin.Session analyst;

    @io.micronaut.serde.annotation.Serdeable
    record Created(long id, String receipt) {
    }

    @BeforeAll
    void logIn() {
        analyst = adminLogin.signInAs(Role.ANALIST);
    }

    @Test
    void controlCharactersNeverReachTheDatabaseOrTheCsvExport() throws SQLException {
        String word = "schoon" + UUID.randomUUID().toString().substring(0, 6);
        Created created = give(aSubmission().withProblem("Kapotte\u0000 lantaarn\u0085 bij de " + word + "\u001b[31m").build());

        assertEquals("Kapotte lantaarn bij de " + word + "[31m", Sql.text("SELECT problem FROM submission WHERE id = ?", created.id()));
        worker.awaitCaughtUp();
        String csv = new String(client.toBlocking().retrieve(analyst.withoutCsrf(HttpRequest.GET(
                "/api/admin/exports/submissions.csv?q=" + word)), byte[].class), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Kapotte lantaarn bij de " + word), csv);
        assertFalse(csv.chars().anyMatch(c -> c == 0 || c == 0x1b || (c >= 0x80 && c <= 0x9f)), "no control characters in the export");
    }

    @Test
    void anAddressWithAStrayAngleBracketIsNoEmailAddress() {
        for (String address : List.of("a@b.nl>", "a@b", "a b@c.nl", "a@@b.nl", "a@.nl", ".a@b.nl", "a@b..nl")) {
            Problem problem = refused(aSubmission().withContact("Ans", address, true).build());
            assertTrue(problem.errors().stream().anyMatch(e -> e.field().startsWith("contact")), address + ": " + problem);
        }
        assertEquals(201, client.toBlocking().exchange(HttpRequest.POST("/api/v1/submissions",
                aSubmission().withContact("Ans", "ans.de-vries+ivp@gemeente.example.nl", true).build())).code());
    }

    @Test
    void receiptsAreStoredAsAKeyedHashAndOldUnkeyedHashesAreUpgradedOnce() throws SQLException {
        Created created = give(aSubmission().build());
        String canonical = created.receipt().replace("-", "");
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission WHERE receipt_hash = ?", ReceiptCode.sha256(canonical)),
                "not the unkeyed SHA-256 a copy of the database could be searched with");
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM submission WHERE receipt_hash = ?", receipts.hash(canonical)));

        // a row stored before the upgrade: unkeyed, and the mark that the upgrade ran is not there yet
        String old = "QRST" + "WXYZ" + "2345";
        try (Connection connection = TestDatabase.get().connect()) {
            execute(connection, "UPDATE submission SET receipt_hash = ? WHERE id = ?", ReceiptCode.sha256(old), created.id());
            execute(connection, "DELETE FROM server_secret WHERE name = ?", Receipts.UPGRADE_MARK);
        }
        // the upgrade keys every unkeyed row of this schema once; rows of this class made later are keyed already
        receipts.upgradeStoredHashes(null);

        Map<?, ?> own = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/submissions/QRST-WXYZ-2345"), Map.class);
        assertEquals(created.id(), ((Number) own.get("id")).longValue());
    }

    @Test
    void withdrawalErasesTheNotesOnTheInputAndTheSummarySentencesTakenFromIt() throws SQLException {
        String word = "gewist" + UUID.randomUUID().toString().substring(0, 6);
        String text = "Bij de " + word + " staan elke avond scooters te racen.";
        Created created = give(aSubmission().withProblem(text).build());
        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/submissions/" + created.id() + "/notes",
                Map.of("text", "Zij schrijft: \"" + text + "\""))));
        long cluster = anyCluster();
        try (Connection connection = TestDatabase.get().connect()) {
            execute(connection, "INSERT INTO clustering_sentence (cluster_id, position, sentence, source_ids) VALUES (?, 0, ?, ?)",
                    cluster, text, Long.toString(created.id()));
            execute(connection, "INSERT INTO clustering_sentence (cluster_id, position, sentence, source_ids) VALUES (?, 1, ?, ?)",
                    cluster, "Ook elders: " + word, "999999," + created.id());
        }

        client.toBlocking().exchange(HttpRequest.DELETE("/api/v1/submissions/" + created.receipt()));

        assertEquals(0, Sql.number("SELECT COUNT(*) FROM submission_note WHERE submission_id = ?", created.id()));
        assertEquals(0, Sql.number("SELECT COUNT(*) FROM clustering_sentence WHERE sentence = ?", text));
        assertEquals("999999", Sql.text("SELECT source_ids FROM clustering_sentence WHERE sentence = ?", "Ook elders: " + word));
    }

    private long anyCluster() {
        Map<?, ?> clustering = client.toBlocking().retrieve(analyst.authorize(HttpRequest.POST("/api/admin/clusterings",
                Map.of("filter", Map.of()))), Map.class);
        List<?> clusters = (List<?>) clustering.get("clusters");
        return ((Number) ((Map<?, ?>) clusters.get(0)).get("id")).longValue();
    }

    private Created give(Map<String, Object> body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions", body), Created.class);
    }

    private Problem refused(Map<String, Object> body) {
        try {
            client.toBlocking().exchange(HttpRequest.POST("/api/v1/submissions", new HashMap<>(body)),
                    Argument.of(Map.class), Argument.of(Problem.class));
            throw new AssertionError("accepted " + body);
        } catch (HttpClientResponseException e) {
            assertEquals(400, e.getStatus().getCode());
            return e.getResponse().getBody(Problem.class).orElseThrow();
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
