package nl.inbreng.submissions.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.DuplicateLinks;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Undoes a merge for one duplicate: it stands on its own again, with the review status it had before. */
@Singleton
class UnmergeSubmission {

    /** What undoing did; {@code mergedInto} is the input it was taken out of. */
    sealed interface Result {
        record Unmerged(long id, long mergedInto, String status) implements Result {
        }

        record NotFound() implements Result {
        }

        record Refused(String title, String detail) implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final ModerationEventRepository events;
    private final DuplicateLinks links;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    UnmergeSubmission(SubmissionRepository submissions, ModerationEventRepository events, DuplicateLinks links,
                      SubmissionIndexer indexer, Clock clock) {
        this.submissions = submissions;
        this.events = events;
        this.links = links;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Transactional
    Result unmerge(long id, long userId) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        Long master = links.masterOf(id);
        if (s.status() != SubmissionStatus.SAMENGEVOEGD || master == null) {
            return new Result.Refused("Deze inbreng is niet samengevoegd",
                    "Alleen samengevoegde inbreng kunt u weer los zetten.");
        }
        SubmissionStatus back = events.findFirstBySubmissionIdOrderByIdDesc(id).map(ModerationEvent::restoreStatus)
                .filter(status -> status == SubmissionStatus.BEOORDEELD).orElse(SubmissionStatus.NIEUW);
        LocalDateTime now = LocalDateTime.now(clock);
        submissions.update(StoredSubmissions.withStatus(s, back, s.themeUnsure(), now));
        links.link(id, null);
        events.save(new ModerationEvent(null, id, userId, ModerationEvent.Action.UNMERGE, null, back, now));
        indexer.index(id);
        indexer.index(master);
        return new Result.Unmerged(id, master, back.name());
    }
}
