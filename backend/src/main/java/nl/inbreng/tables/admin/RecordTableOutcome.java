package nl.inbreng.tables.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;
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
    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository submissionThemes;
    private final ThemaRepository themas;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    RecordTableOutcome(TableSessionRepository sessions, TableOutcomeRepository outcomes, SubmissionRepository submissions,
                       SubmissionThemeRepository submissionThemes, ThemaRepository themas, SubmissionIndexer indexer,
                       Clock clock) {
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.submissions = submissions;
        this.submissionThemes = submissionThemes;
        this.themas = themas;
        this.indexer = indexer;
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
        Submission submission = submissions.save(new Submission(null, null, session.gemeenteId(), session.roundId(), null,
                problem, solution, Submission.RespondentType.PROFESSIONAL, null, Submission.Channel.THEMATAFEL,
                Submission.SubmissionStatus.NIEUW, false, now, now, null));
        submissionThemes.save(new SubmissionTheme(null, submission.id(), themeCode, true));
        // In this transaction, so the outcome is searchable exactly when it is committed.
        indexer.index(submission.id());
        return new Result.Recorded(outcomes.save(new TableOutcome(null, sessionId, submission.id(), themeCode, rank,
                advice, now)));
    }
}
