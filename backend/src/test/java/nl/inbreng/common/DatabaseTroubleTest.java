package nl.inbreng.common;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTroubleTest {

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        HttpResponse<Problem> answer = DatabaseTrouble.answer(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
        assertEquals(503, answer.code());
        assertEquals(DatabaseTrouble.RETRY_AFTER_SECONDS, answer.getHeaders().get("Retry-After"));
        assertTrue(DatabaseTrouble.isPassing(new DataAccessException("lost",
                new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseTrouble.isPassing(new DataAccessException("deadlock", new SQLException("Deadlock", "40001", 1213))));
    }

    @Test
    void anyOtherDatabaseErrorIsA500WithoutTheDatabasesMessage() {
        DataAccessException duplicate = new DataAccessException("dup",
                new SQLIntegrityConstraintViolationException("Duplicate entry 'ans@example.nl' for key", "23000", 1062));
        HttpResponse<Problem> answer = DatabaseTrouble.answer(duplicate);
        assertEquals(500, answer.code());
        assertEquals(null, answer.body().detail());
        String logged = DatabaseTrouble.describe(duplicate);
        assertTrue(logged.contains("SQLIntegrityConstraintViolationException[23000/1062]"), logged);
        assertFalse(logged.contains("ans@example.nl"), "no values from the row in the log");
    }
}
