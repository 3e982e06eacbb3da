package nl.inbreng.tables;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.common.EmailAddress;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Registers a person for a thematafel: a seat while there is one, else a place on the waitlist. The session
 * row is locked for the length of the transaction, so two people can never take the last seat together.
 * Mail goes out only after the commit.
 */
@Singleton
class RegisterForTable {


    private final TableSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TransactionOperations<Connection> transactions;
    private final TableMails mails;
    private final Clock clock;

    RegisterForTable(TableSessionRepository sessions, RegistrationRepository registrations,
                     TransactionOperations<Connection> transactions, TableMails mails, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.transactions = transactions;
        this.mails = mails;
        this.clock = clock;
    }

    /** The outcome of a registration attempt. */
    sealed interface Result {
        record Registered(Registration registration, String token, int waitlistPosition) implements Result {
            boolean confirmed() {
                return registration.status() == Registration.Status.CONFIRMED;
            }
        }

        record AlreadyRegistered() implements Result {
        }

        record SessionNotFound() implements Result {
        }

        record SessionStarted() implements Result {
        }
    }

    Result register(Long sessionId, RegistrationRequest request) {
        Cleaned input = validate(request);
        Result result = transactions.executeWrite(status -> registerLocked(sessionId, input));
        if (result instanceof Result.Registered registered) {
            TableSession session = sessions.findById(sessionId).orElseThrow();
            if (registered.confirmed()) {
                mails.confirmed(session, registered.registration(), registered.token());
            } else {
                mails.waitlisted(session, registered.registration(), registered.token(), registered.waitlistPosition());
            }
        }
        return result;
    }

    private Result registerLocked(Long sessionId, Cleaned input) {
        TableSession session = sessions.lockById(sessionId).orElse(null);
        if (session == null) {
            return new Result.SessionNotFound();
        }
        LocalDateTime dutchNow = LocalDateTime.now(clock.withZone(TableSession.ZONE));
        if (session.hasStartedAt(dutchNow)) {
            return new Result.SessionStarted();
        }
        Registration earlier = registrations.findBySessionIdAndEmailNormalised(sessionId, input.emailNormalised()).orElse(null);
        if (earlier != null && earlier.status() != Registration.Status.CANCELLED) {
            return new Result.AlreadyRegistered();
        }
        long confirmed = registrations.countBySessionIdAndStatus(sessionId, Registration.Status.CONFIRMED);
        Registration.Status status = confirmed < session.capacity()
                ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED;
        String token = RegistrationTokens.newToken();
        Registration fresh = new Registration(earlier == null ? null : earlier.id(), sessionId,
                RegistrationTokens.hash(token), input.name(), input.organisation(), input.email(),
                input.emailNormalised(), input.accessNeeds(), status, null, dutchNow, dutchNow, null);
        Registration saved = earlier == null ? registrations.save(fresh) : registrations.update(fresh);
        int position = status == Registration.Status.WAITLISTED
                ? (int) registrations.countBySessionIdAndStatus(sessionId, Registration.Status.WAITLISTED) : 0;
        return new Result.Registered(saved, token, position);
    }

    private static Cleaned validate(RegistrationRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = trim(request.name());
        String email = trim(request.email());
        String organisation = trim(request.organisation());
        String accessNeeds = trim(request.accessNeeds());
        if (name == null) {
            errors.add(new Problem.FieldError("name", "Vul uw naam in."));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError("name", "Gebruik hoogstens 200 tekens voor uw naam."));
        }
        if (email == null) {
            errors.add(new Problem.FieldError("email", "Vul uw e-mailadres in. Daar sturen wij de bevestiging naartoe."));
        } else if (email.length() > 254 || !EmailAddress.isValid(email)) {
            errors.add(new Problem.FieldError("email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));
        }
        if (organisation != null && organisation.length() > 200) {
            errors.add(new Problem.FieldError("organisation", "Gebruik hoogstens 200 tekens voor de organisatie."));
        }
        if (accessNeeds != null && accessNeeds.length() > 1000) {
            errors.add(new Problem.FieldError("accessNeeds", "Gebruik hoogstens 1000 tekens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Cleaned(name, organisation, email, email.toLowerCase(Locale.ROOT), accessNeeds);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private record Cleaned(String name, String organisation, String email, String emailNormalised, String accessNeeds) {
    }
}
