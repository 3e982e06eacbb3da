package nl.inbreng.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The two ways the claim-first scheme failed under faults: a claim left by work that never finished blocked its key
 * for a day, and a commit whose outcome the application did not hear deleted the claim, so the retry stored the
 * input a second time. The work here writes a row into a table of its own, in the work's transaction.
 */
class IdempotentRequestsTest extends RealDatabaseTest {

    private static final String SCOPE = "POST /test/idempotent";

    @Inject
    IdempotentRequests idempotent;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeAll
    void createWorkTable() throws SQLException {
        Sql.execute("CREATE TABLE IF NOT EXISTS idempotent_work (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "marker VARCHAR(60) NOT NULL) ENGINE=InnoDB");
    }

    @Test
    void workThatDiesBeforeItsCommitLeavesTheKeyFreeForTheRetry() throws SQLException {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        // An Error, not an exception: the old code only cleaned up after RuntimeExceptions, just as nothing cleans
        // up after kill -9. The transaction must take the claim with it.
        assertThrows(StackOverflowError.class, () -> idempotent.run(key, SCOPE, Map.of("m", marker), () -> {
            store(marker);
            throw new StackOverflowError("the process dies here");
        }));

        HttpResponse<?> retry = idempotent.run(key, SCOPE, Map.of("m", marker), () -> {
            long id = store(marker);
            return new IdempotentRequests.Answer(201, Map.of("id", id));
        });

        assertEquals(201, retry.code());
        assertEquals(null, retry.getHeaders().get("Idempotent-Replayed"));
        assertEquals(1, count(marker));
    }

    @Test
    void aCommitWhoseOutcomeWasNotHeardIsReplayedAndNeverStoredTwice() throws SQLException {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        Supplier<IdempotentRequests.Answer> work = () -> {
            long id = store(marker);
            return new IdempotentRequests.Answer(201, Map.of("id", id));
        };
        // the work commits, and then the application hears an error (as when the connection drops during COMMIT)
        assertThrows(IllegalStateException.class, () -> idempotent.run(key, SCOPE, Map.of("m", marker), () -> {
            transactions.findTransactionStatus().orElseThrow().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    throw new IllegalStateException("connection lost while the commit went through");
                }
            });
            return work.get();
        }));
        assertEquals(1, count(marker), "the first attempt committed");

        HttpResponse<?> retry = idempotent.run(key, SCOPE, Map.of("m", marker), work);

        assertEquals(201, retry.code());
        assertEquals("true", retry.getHeaders().get("Idempotent-Replayed"));
        assertEquals(1, count(marker), "the retry replays the first answer and stores nothing new");
    }

    @Test
    void aRetryWhileTheFirstIsStillWorkingWaitsForItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread first = new Thread(() -> idempotent.run(key, SCOPE, Map.of("m", marker), () -> {
            long id = store(marker);
            working.countDown();
            await(finish);
            return new IdempotentRequests.Answer(201, Map.of("id", id));
        }));
        first.start();
        working.await();
        FutureTask<HttpResponse<?>> retry = new FutureTask<>(
                () -> idempotent.run(key, SCOPE, Map.of("m", marker), () -> {
                    long id = store(marker);
                    return new IdempotentRequests.Answer(201, Map.of("id", id));
                }));
        new Thread(retry).start();
        finish.countDown();
        first.join();

        assertEquals("true", retry.get().getHeaders().get("Idempotent-Replayed"));
        assertEquals(1, count(marker));
    }

    private long store(String marker) {
        Connection connection = transactions.getConnection();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_work (marker) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, marker);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String marker) throws SQLException {
        return (int) Sql.number("SELECT COUNT(*) FROM idempotent_work WHERE marker = ?", marker);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
