package nl.inbreng.tables.admin;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;
import nl.inbreng.tables.Registration;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.tables.TableSessionTheme;
import nl.inbreng.tables.TableSessionThemeRepository;
import nl.inbreng.tables.WaitlistMoves;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff change a planned thematafel. The session row is locked like a registration locks it, so the seat check is
 * exact: the capacity can't drop below the people already confirmed, and extra seats go to the waitlist at once.
 * Registrations, attendance, outcomes and the verslag stay as they are.
 */
@Singleton
class UpdateTableSession {

    private final TableSessionRepository sessions;
    private final TableSessionThemeRepository sessionThemes;
    private final SessionRules rules;
    private final WaitlistMoves waitlist;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    UpdateTableSession(TableSessionRepository sessions, TableSessionThemeRepository sessionThemes, SessionRules rules,
                       WaitlistMoves waitlist, TransactionOperations<Connection> transactions, Clock clock) {
        this.sessions = sessions;
        this.sessionThemes = sessionThemes;
        this.rules = rules;
        this.waitlist = waitlist;
        this.transactions = transactions;
        this.clock = clock;
    }

    sealed interface Result {
        record Updated(TableSession session) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private record Locked(Result result, List<Registration> promoted) {
    }

    Result update(Long id, FacilitatorRequests.NewSession request) {
        Locked locked = transactions.executeWrite(status -> updateLocked(id, request));
        if (locked.result() instanceof Result.Updated updated) {
            waitlist.announce(updated.session(), locked.promoted());
        }
        return locked.result();
    }

    private Locked updateLocked(Long id, FacilitatorRequests.NewSession request) {
        TableSession current = sessions.lockById(id).orElse(null);
        if (current == null) {
            return new Locked(new Result.NotFound(), List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        SessionRules.ValidSession valid = rules.check(request, errors);
        long confirmed = waitlist.confirmedCount(id);
        if (request.capacity() != null && request.capacity() >= 1 && request.capacity() < confirmed) {
            errors.add(new Problem.FieldError("capacity", "Er zijn al " + confirmed
                    + " mensen ingeschreven. Kies minstens " + confirmed + " plaatsen, of laat mensen zich eerst afmelden."));
        }
        SessionRules.throwIfAny(errors);
        Long gemeenteId = valid.round() != null ? valid.round().gemeenteId() : current.gemeenteId();
        TableSession changed = sessions.update(new TableSession(current.id(), gemeenteId,
                valid.round() == null ? null : valid.round().id(), valid.title(), valid.description(), valid.startsAt(),
                valid.endsAt(), valid.place(), valid.capacity(), valid.facilitator(), current.verslag(),
                current.verslagPublishedAt(), current.createdAt(), valid.doelgroep()));
        sessionThemes.deleteBySessionId(id);
        valid.themeCodes().forEach(code -> sessionThemes.save(new TableSessionTheme(null, id, code)));
        List<Registration> promoted = waitlist.fillFreeSeats(changed, LocalDateTime.now(clock.withZone(TableSession.ZONE)));
        return new Locked(new Result.Updated(changed), promoted);
    }
}
