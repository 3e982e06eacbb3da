package nl.inbreng.submissions.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Hide an input (with a reason), mark it as spam, or restore it. Hidden and spam inputs leave the default inbox
 * and every count; restoring returns the input to NIEUW or BEOORDEELD, whichever it was before.
 */
@Singleton
class ChangeVisibility {

    /** The requested change. */
    sealed interface Change {
        record Hide(HideReason reason) implements Change {
        }

        record MarkSpam() implements Change {
        }

        record Restore() implements Change {
        }
    }

    /** What the change did. */
    sealed interface Result {
        record Changed(long id, String status) implements Result {
        }

        record NotFound() implements Result {
        }

        record Refused(String title, String detail) implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final ModerationEventRepository events;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    ChangeVisibility(SubmissionRepository submissions, ModerationEventRepository events, SubmissionIndexer indexer,
                     Clock clock) {
        this.submissions = submissions;
        this.events = events;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Transactional
    Result change(long id, Change change, long userId) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        if (s.status() == SubmissionStatus.INGETROKKEN || s.status() == SubmissionStatus.SAMENGEVOEGD) {
            return new Result.Refused("Deze inbreng kunt u niet meer aanpassen",
                    "De inbreng is ingetrokken of samengevoegd met een andere inbreng.");
        }
        SubmissionStatus reviewStatus = reviewStatus(s);
        SubmissionStatus target;
        ModerationEvent.Action action;
        String reason = null;
        if (change instanceof Change.Hide hide) {
            target = SubmissionStatus.VERBORGEN;
            action = ModerationEvent.Action.HIDE;
            reason = hide.reason().name();
        } else if (change instanceof Change.MarkSpam) {
            target = SubmissionStatus.SPAM;
            action = ModerationEvent.Action.SPAM;
        } else {
            if (s.status() != SubmissionStatus.VERBORGEN && s.status() != SubmissionStatus.SPAM) {
                return new Result.Refused("Deze inbreng is niet verborgen",
                        "Alleen verborgen inbreng of spam kunt u terugzetten.");
            }
            target = reviewStatus;
            action = ModerationEvent.Action.RESTORE;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        submissions.update(StoredSubmissions.withStatus(s, target, s.themeUnsure(), now));
        events.save(new ModerationEvent(null, id, userId, action, reason, reviewStatus, now));
        indexer.index(id);
        return new Result.Changed(id, target.name());
    }

    /** NIEUW or BEOORDEELD: the status the input has, or had before it was hidden. */
    private SubmissionStatus reviewStatus(Submission s) {
        if (s.status() == SubmissionStatus.NIEUW || s.status() == SubmissionStatus.BEOORDEELD) {
            return s.status();
        }
        return events.findFirstBySubmissionIdOrderByIdDesc(s.id()).map(ModerationEvent::restoreStatus)
                .orElse(SubmissionStatus.NIEUW);
    }
}
