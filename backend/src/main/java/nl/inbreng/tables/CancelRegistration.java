package nl.inbreng.tables;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Cancels a registration through its personal link. A freed seat goes at once to the first person on the
 * waitlist, inside the same lock as registration, so the session never holds more people than its capacity.
 */
@Singleton
class CancelRegistration {

    private final TableSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TransactionOperations<Connection> transactions;
    private final TableMails mails;
    private final Clock clock;

    CancelRegistration(TableSessionRepository sessions, RegistrationRepository registrations,
                       TransactionOperations<Connection> transactions, TableMails mails, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.transactions = transactions;
        this.mails = mails;
        this.clock = clock;
    }

    /** The outcome of a cancellation. */
    sealed interface Result {
        record Cancelled(TableSession session, Registration cancelled, boolean hadSeat,
                         Registration promoted) implements Result {
        }

        record NotFound() implements Result {
        }

        record AlreadyCancelled() implements Result {
        }

        record SessionStarted() implements Result {
        }
    }

    Result cancel(String token) {
        String hash = RegistrationTokens.hash(token);
        Result result = transactions.executeWrite(status -> cancelLocked(hash));
        if (result instanceof Result.Cancelled cancelled) {
            mails.cancelled(cancelled.session(), cancelled.cancelled(), cancelled.hadSeat());
            if (cancelled.promoted() != null) {
                mails.promoted(cancelled.session(), cancelled.promoted());
            }
        }
        return result;
    }

    private Result cancelLocked(String hash) {
        Registration registration = registrations.findByTokenHash(hash).orElse(null);
        if (registration == null) {
            return new Result.NotFound();
        }
        TableSession session = sessions.lockById(registration.sessionId()).orElseThrow();
        // read again under the lock: a parallel cancel may have changed the row meanwhile
        registration = registrations.findById(registration.id()).orElseThrow();
        if (registration.status() == Registration.Status.CANCELLED) {
            return new Result.AlreadyCancelled();
        }
        LocalDateTime dutchNow = LocalDateTime.now(clock.withZone(TableSession.ZONE));
        if (session.hasStartedAt(dutchNow)) {
            return new Result.SessionStarted();
        }
        boolean hadSeat = registration.status() == Registration.Status.CONFIRMED;
        Registration cancelled = registrations.update(registration.withStatus(Registration.Status.CANCELLED, dutchNow));
        Registration promoted = null;
        if (hadSeat) {
            long confirmed = registrations.countBySessionIdAndStatus(session.id(), Registration.Status.CONFIRMED);
            List<Registration> waitlist = registrations.findWaitlist(session.id());
            if (confirmed < session.capacity() && !waitlist.isEmpty()) {
                promoted = registrations.update(waitlist.get(0).withStatus(Registration.Status.CONFIRMED, dutchNow));
            }
        }
        return new Result.Cancelled(session, cancelled, hadSeat, promoted);
    }
}
