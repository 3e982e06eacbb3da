package nl.inbreng.common;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * A database that cannot be reached (restarting, fail-over, pool exhausted) or a transaction it rolled back to break a
 * deadlock is a passing condition: the client is told 503 with Retry-After, so the kiosk, the portal and scripts send
 * the same request again (with its Idempotency-Key, which makes that safe). Any other database error stays a plain
 * 500. Neither answer carries the database's own message.
 */
final class DatabaseTrouble {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTrouble.class);

    private DatabaseTrouble() {
    }

    static HttpResponse<Problem> answer(Throwable error) {
        if (isPassing(error)) {
            LOG.warn("Database unavailable, answered 503: {}", describe(error));
            return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Problem.of(503, DutchProblemTitles.forStatus(503),
                            "Wij kunnen uw verzoek nu niet opslaan. Probeer het over een paar seconden opnieuw; "
                                    + "er gaat niets dubbel."))
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", RETRY_AFTER_SECONDS);
        }
        LOG.error("Database error, answered 500: {}", describe(error));
        return HttpResponse.<Problem>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problem.of(500, DutchProblemTitles.forStatus(500), null))
                .contentType(Problem.MEDIA_TYPE);
    }

    /**
     * The exception chain without messages: a database message can quote the values of a row (an e-mail address in a
     * duplicate key), and personal data never goes to the log.
     */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 2_000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                text.append('[').append(sql.getSQLState()).append('/').append(sql.getErrorCode()).append(']');
            }
        }
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("nl.inbreng.")) {
                text.append(" at ").append(frame);
                break;
            }
        }
        return text.toString();
    }

    /** Connection trouble (SQLSTATE class 08), transient failures and deadlock or lock-wait rollbacks (40xxx). */
    static boolean isPassing(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("40"))) {
                    return true;
                }
                if (sql.getErrorCode() == 1205) { // MySQL lock wait timeout (SQLSTATE HY000)
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static final class DataAccessHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
            return answer(exception);
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static final class TransactionHandler implements ExceptionHandler<TransactionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TransactionException exception) {
            return answer(exception);
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static final class ConnectionHandler implements ExceptionHandler<ConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConnectionException exception) {
            return answer(exception);
        }
    }
}
