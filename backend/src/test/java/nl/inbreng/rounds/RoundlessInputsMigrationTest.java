package nl.inbreng.rounds;

import nl.inbreng.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V27_1 gives inputs, votes and stall days stored before "every input belongs to a round" their round once: the round
 * of their gemeente whose period contains the moment, else the nearest. Runs the real migrations on a scratch schema
 * of the test server, with rows inserted between the versions before and V27_1.
 */
class RoundlessInputsMigrationTest {

    private final String schema = "inbreng_migration_" + System.nanoTime();

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection server = server(); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    @Test
    void givesEveryRoundlessInputTheRoundWhosePeriodHoldsItElseTheNearest() throws SQLException {
        try (Connection server = server(); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + schema);
        }
        String url = TestDatabase.get().url().replaceFirst("/inbreng_test_[^?]+", "/" + schema);
        MigrationVersion rule = MigrationVersion.fromVersion("27.1");
        MigrationVersion before = Arrays.stream(flyway(url, null).info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(rule) < 0).max(Comparator.naturalOrder()).orElseThrow();
        flyway(url, before.getVersion()).migrate();
        try (Connection db = DriverManager.getConnection(url, TestDatabase.get().username(), TestDatabase.get().password());
             Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO gemeente (id, code, name) VALUES (1, 'een', 'Een'), (2, 'twee', 'Twee')");
            sql.execute("INSERT INTO participation_round (id, gemeente_id, slug, title, doelgroep, opens_at, closes_at, "
                    + "by_invitation, created_at) VALUES "
                    + "(10, 1, 'voorjaar', 'Voorjaar', 'IEDEREEN', '2026-03-01', '2026-04-01', FALSE, '2026-02-01'), "
                    + "(11, 1, 'najaar', 'Najaar', 'IEDEREEN', '2026-09-01', '2026-10-01', FALSE, '2026-02-01'), "
                    + "(12, 1, 'wijkraden', 'Wijkraden', 'WIJKRADEN', '2026-03-01', '2026-04-01', TRUE, '2026-02-01'), "
                    + "(20, 2, 'twee', 'Twee', 'IEDEREEN', '2026-03-01', '2026-04-01', FALSE, '2026-02-01')");
            sql.execute("INSERT INTO submission (id, gemeente_id, round_id, problem, respondent_type, channel, status, "
                    + "theme_unsure, created_at, updated_at) VALUES "
                    + "(1, 1, NULL, 'in de voorjaarsronde', 'INWONER', 'MARKTKRAAM', 'NIEUW', TRUE, '2026-03-10', '2026-03-10'), "
                    + "(2, 1, NULL, 'na de voorjaarsronde, dichter bij', 'INWONER', 'IMPORT', 'NIEUW', TRUE, '2026-04-20', '2026-04-20'), "
                    + "(3, 1, NULL, 'dichter bij het najaar', 'INWONER', 'ONLINE', 'NIEUW', TRUE, '2026-08-20', '2026-08-20'), "
                    + "(4, 2, NULL, 'andere gemeente', 'INWONER', 'ONLINE', 'NIEUW', TRUE, '2026-09-15', '2026-09-15'), "
                    + "(5, NULL, NULL, 'zonder gemeente', 'INWONER', 'IMPORT', 'NIEUW', TRUE, '2026-09-15', '2026-09-15'), "
                    + "(6, 1, 20, 'had al een ronde', 'INWONER', 'ONLINE', 'NIEUW', TRUE, '2026-09-15', '2026-09-15')");
            sql.execute("INSERT INTO priority_vote (id, round_id, respondent_type, created_at) VALUES (1, NULL, NULL, '2026-03-05')");

            flyway(url, rule.getVersion()).migrate();

            assertEquals(10, roundOf(sql, "submission", 1), "its period holds it; the invitation round loses");
            assertEquals(10, roundOf(sql, "submission", 2), "nearest period");
            assertEquals(11, roundOf(sql, "submission", 3), "nearest period");
            assertEquals(20, roundOf(sql, "submission", 4), "only rounds of its own gemeente");
            assertEquals(11, roundOf(sql, "submission", 5), "without gemeente: any round whose period holds it");
            assertEquals(20, roundOf(sql, "submission", 6), "a round it had stays");
            assertEquals(10, roundOf(sql, "priority_vote", 1));
            try (ResultSet rows = sql.executeQuery("SELECT gemeente_id FROM submission WHERE id = 5")) {
                rows.next();
                assertEquals(1, rows.getLong(1), "the round's gemeente fills a missing one");
            }
        }
    }

    private static Flyway flyway(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, TestDatabase.get().username(), TestDatabase.get().password())
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static long roundOf(Statement sql, String table, long id) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT round_id FROM " + table + " WHERE id = " + id)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection server() throws SQLException {
        String url = TestDatabase.get().url().replaceFirst("/inbreng_test_[^?]+", "/");
        return DriverManager.getConnection(url, TestDatabase.get().username(), TestDatabase.get().password());
    }
}
