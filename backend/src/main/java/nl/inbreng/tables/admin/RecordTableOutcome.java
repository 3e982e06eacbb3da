package nl.inbreng.tables.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.submissions.StoreInput;
import nl.inbreng.tables.TableOutcome;
import nl.inbreng.tables.TableOutcomeRepository;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what a thematafel said about one theme. The text becomes an ordinary submission with channel
 * THEMATAFEL, so it is searched, clustered and counted with all other input; table_outcome links it to the session
 * and holds the table's priority advice.
 */
@Singleton
class RecordTableOutcome {

    private final TableSessionRepository sessions;
    private final TableOutcomeRepository outcomes;
    private final StoreInput storeInput;
    private final ThemaRepository themas;
    private final Clock clock;

    RecordTableOutcome(TableSessionRepository sessions, TableOutcomeRepository outcomes, StoreInput storeInput,
                       ThemaRepository themas, Clock clock) {
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.storeInput = storeInput;
        this.themas = themas;
        this.clock = clock;
    }

    /** The outcome of recording. */
    sealed interface Result {
        record Recorded(TableOutcome outcome) implements Result {
        }

        record SessionNotFound() implements Result {
        }
    }

    @Transactional
    Result record(Long sessionId, FacilitatorRequests.Outcome request) {
        TableSession session = sessions.lockById(sessionId).orElse(null);
        if (session == null) {
            return new Result.SessionNotFound();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String themeCode = Texts.clean(request.themeCode());
        String problem = Texts.clean(request.problem());
        String solution = Texts.clean(request.solution());
        String advice = Texts.clean(request.advice());
        if (themeCode == null || !themas.existsById(themeCode)) {
            errors.add(new Problem.FieldError("themeCode", "Kies het thema waar dit over gaat."));
        }
        if (problem == null) {
            errors.add(new Problem.FieldError("problem", "Vul in welke problemen de tafel noemde."));
        } else if (problem.length() > 5000) {
            errors.add(new Problem.FieldError("problem", "Gebruik hoogstens 5000 tekens."));
        }
        if (solution != null && solution.length() > 5000) {
            errors.add(new Problem.FieldError("solution", "Gebruik hoogstens 5000 tekens."));
        }
        if (advice != null && advice.length() > 2000) {
            errors.add(new Problem.FieldError("advice", "Gebruik hoogstens 2000 tekens."));
        }
        Integer rank = request.priorityRank();
        if (rank != null && (rank < 1 || rank > 3)) {
            errors.add(new Problem.FieldError("priorityRank", "Kies plaats 1, 2 of 3, of geen plaats."));
        } else if (rank != null && outcomes.existsBySessionIdAndPriorityRank(sessionId, rank)) {
            errors.add(new Problem.FieldError("priorityRank", "Plaats " + rank + " is al gegeven aan een ander thema."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // In this transaction, so the outcome is searchable exactly when it is committed.
        long submissionId = storeInput.store(TableOutcome.input(session, themeCode, problem, solution, now)).submissionId();
        return new Result.Recorded(outcomes.save(new TableOutcome(null, sessionId, submissionId, themeCode, rank,
                advice, now)));
    }
}
