package nl.inbreng.reports;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundBySlugRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's finding, on the demo as a new user meets it: after an input from the home page and a top three (neither
 * naming a round) the round-1 report said "631 inbrengen … 0 mensen kozen hun top drie" while the inbox held 644.
 * Now every input is in a round, and the round's report, inbox, dashboard and prioritisation count the same inputs;
 * the report and the export of that round show none of the demo corpus's planted personal data. The demo loads into
 * its own schema on the test's MariaDB, so its 600+ inputs stay out of the shared test schema.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRoundCountsEveryInputAndQuotesNoPlantedDataTest implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private final String schema = "inbreng_demo_" + System.currentTimeMillis();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    AdminUserRepository users;
    @Inject
    AdminUserRoleRepository roles;
    @Inject
    PasswordHasher hasher;
    @Inject
    RoundBySlugRepository rounds;
    @Inject
    IndexOutboxWorker worker;

    @Override
    public Map<String, String> getProperties() {
        try (Connection server = serverConnection(); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            return Map.of("datasources.default.url", TestDatabase.get().url().replaceFirst("/inbreng_test_[^?]+", "/" + schema),
                    "datasources.default.username", TestDatabase.get().username(),
                    "datasources.default.password", TestDatabase.get().password(),
                    "inbreng.data-dir", Files.createTempDirectory("inbreng-demo-round").toString(),
                    "inbreng.demo-data", "true",
                    "inbreng.rate-limit.burst", "100000",
                    "inbreng.rate-limit.per-minute", "100000");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot make a schema for the demo", e);
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        try (Connection server = serverConnection(); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    @Test
    void roundOneCountsTheHomePageInputAndTheTopThreeAndQuotesNoPlantedPersonalData() throws Exception {
        Round roundOne = rounds.findBySlug("veiligheid-veenendijk-2027").orElseThrow();
        // what the tester did: an input from the home page and a top three, neither naming a round
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/submissions", Map.of("themeCodes", List.of("4.1"),
                "problem", "Auto's rijden te hard door de Dorpsstraat.", "respondentType", "INWONER")));
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/priorities", Map.of("themeCodes", List.of("4.1", "1.1", "3.1"))));
        worker.awaitCaughtUp();
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        assertEquals(0, count("SELECT COUNT(*) FROM submission WHERE round_id IS NULL"), "every input is in a round");
        assertEquals(0, count("SELECT COUNT(*) FROM priority_vote WHERE round_id IS NULL"), "every top three is in a round");
        long inRoundOne = count("SELECT COUNT(*) FROM submission WHERE status IN ('NIEUW', 'BEOORDEELD') AND round_id = "
                + roundOne.id());
        long votes = count("SELECT COUNT(*) FROM priority_vote WHERE round_id = " + roundOne.id());
        assertTrue(inRoundOne > 600, "the demo corpus and the new input: " + inRoundOne);
        assertTrue(votes >= 1, "the top three counts in round 1");

        Map<String, Object> inbox = client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/submissions?size=1&round=" + roundOne.id())), MAP);
        assertEquals(inRoundOne, ((Number) inbox.get("total")).longValue(), "inbox");
        Map<String, Object> dashboard = client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/dashboard?round=" + roundOne.id())), MAP);
        assertEquals(inRoundOne, ((Number) dashboard.get("total")).longValue(), "dashboard");
        Map<String, Object> prioritisation = client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/prioritisation?round=" + roundOne.id())), MAP);
        long themeRows = count("SELECT COUNT(*) FROM submission_theme t JOIN submission s ON s.id = t.submission_id "
                + "WHERE s.status IN ('NIEUW', 'BEOORDEELD') AND s.round_id = " + roundOne.id());
        assertEquals(themeRows, ((List<Map<String, Object>>) prioritisation.get("themes")).stream()
                .mapToLong(theme -> ((Number) theme.get("inputs")).longValue()).sum(), "prioritisation");

        String pdf;
        try (PDDocument document = Loader.loadPDF(client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=" + roundOne.id())), byte[].class))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(pdf.contains("In totaal kwamen er " + inRoundOne + " inbrengen binnen."), "report: " + inRoundOne);
        assertTrue(pdf.contains(votes == 1 ? "1 persoon koos" : votes + " mensen kozen"), "report votes: " + votes);
        String csv = client.toBlocking().retrieve(analist.withoutCsrf(
                HttpRequest.GET("/api/admin/exports/submissions.csv?round=" + roundOne.id())), String.class);
        assertTrue(csv.contains("nog niet nagekeken op persoonsgegevens"), "unreviewed texts are held back in the export");
        for (String piece : OpbrengstenNotitieApiTest.PLANTED) {
            assertFalse(pdf.contains(piece), () -> "the report quotes " + piece);
            assertFalse(csv.contains(piece), () -> "the export shows " + piece);
        }
    }

    private long count(String sql) throws SQLException {
        String url = TestDatabase.get().url().replaceFirst("/inbreng_test_[^?]+", "/" + schema);
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.get().username(), TestDatabase.get().password());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection serverConnection() throws SQLException {
        String url = TestDatabase.get().url().replaceFirst("/inbreng_test_[^?]+", "/");
        return DriverManager.getConnection(url, TestDatabase.get().username(), TestDatabase.get().password());
    }
}
