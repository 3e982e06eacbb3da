package nl.inbreng.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index follows the change log without deleting from it (so other replicas read it too), and never skips a row
 * that a slower transaction commits after a later one (auto-increment ids commit out of order).
 */
class IndexFollowsTheChangeLogTest extends RealDatabaseTest {

    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    SubmissionSearch search;
    @Inject
    DataSource dataSource;

    @Test
    void leavesTheLogForOtherReplicasToRead() throws SQLException {
        long round = inputs.newRound();
        long id = inputs.add(round, "Fietsers zonder licht op de dijk " + marker(), "4.1");

        worker.awaitCaughtUp();

        assertTrue(logRowsFor(id) > 0, "the change stays in the log after this replica applied it");
    }

    @Test
    void appliesAChangeThatASlowerTransactionCommitsAfterALaterOne() throws SQLException {
        long round = inputs.newRound();
        String slow = marker();
        String quick = marker();
        try (Connection slowTransaction = raw().getConnection()) {
            slowTransaction.setAutoCommit(false);
            long slowLogId = store(slowTransaction, round, "Een trage melding over " + slow);
            long quickLogId;
            try (Connection quickTransaction = raw().getConnection()) {
                quickTransaction.setAutoCommit(false);
                quickLogId = store(quickTransaction, round, "Een snelle melding over " + quick);
                quickTransaction.commit();
            }
            assertTrue(quickLogId > slowLogId, "the slow transaction took the lower id");

            worker.awaitCaughtUp();
            assertEquals(1, hits(quick));
            assertEquals(0, hits(slow));

            slowTransaction.commit();
        }

        worker.awaitCaughtUp();
        assertEquals(1, hits(slow), "the lower id committed last is applied, not skipped");
        assertEquals(1, hits(quick));
    }

    private long store(Connection connection, long round, String problem) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long submissionId;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO submission (round_id, problem, respondent_type, channel, status, theme_unsure, created_at, updated_at)
                VALUES (?, ?, 'INWONER', 'ONLINE', 'NIEUW', TRUE, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, round);
            insert.setString(2, problem);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
            submissionId = generatedKey(insert);
        }
        try (PreparedStatement log = connection.prepareStatement(
                "INSERT INTO index_outbox (submission_id, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            log.setLong(1, submissionId);
            log.setTimestamp(2, now);
            log.executeUpdate();
            return generatedKey(log);
        }
    }

    private static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private long logRowsFor(long submissionId) throws SQLException {
        try (Connection connection = raw().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM index_outbox WHERE submission_id = ?")) {
            count.setLong(1, submissionId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long hits(String word) {
        return search.search(SearchQuery.all().withText(word)).total();
    }

    private DataSource raw() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A made-up word that only this test's input contains. */
    private static String marker() {
        return "zqx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
