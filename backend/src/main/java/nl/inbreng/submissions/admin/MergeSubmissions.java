package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.DuplicateLinks;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An analyst merges near-duplicates into one input so the inbox reads once what was said many times. Each duplicate
 * keeps its row, text and themes and gets status SAMENGEVOEGD with a reference to the input it was merged into;
 * every count keeps seeing it. All or nothing: if one input cannot be merged, none is.
 */
@Singleton
class MergeSubmissions {

    static final int MAX_IDS = 50;

    /** What merging did; {@code count} is the merged input itself plus every duplicate it now stands for. */
    sealed interface Result {
        record Merged(long id, List<Long> duplicates, int count) implements Result {
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

    MergeSubmissions(SubmissionRepository submissions, ModerationEventRepository events, DuplicateLinks links,
                     SubmissionIndexer indexer, Clock clock) {
        this.submissions = submissions;
        this.events = events;
        this.links = links;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Transactional
    Result merge(long masterId, @Nullable List<Long> ids, long userId) {
        Set<Long> wanted = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            if (id != null) {
                wanted.add(id);
            }
        }
        if (wanted.isEmpty()) {
            throw new InvalidInputException("ids", "Kies ten minste één inbreng om samen te voegen.");
        }
        if (wanted.size() > MAX_IDS) {
            throw new InvalidInputException("ids", "Voeg hoogstens " + MAX_IDS + " inbreng tegelijk samen.");
        }
        if (wanted.contains(masterId)) {
            throw new InvalidInputException("ids", "U kunt een inbreng niet met zichzelf samenvoegen.");
        }
        Optional<Submission> master = submissions.findById(masterId);
        if (master.isEmpty()) {
            return new Result.NotFound();
        }
        if (!reviewable(master.get())) {
            return new Result.Refused("Deze inbreng kunt u niet als hoofdinbreng kiezen",
                    "Samenvoegen kan alleen in nieuwe of beoordeelde inbreng, niet in verborgen, ingetrokken of "
                            + "al samengevoegde inbreng.");
        }
        List<Submission> duplicates = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        for (long id : wanted) {
            Optional<Submission> found = submissions.findById(id);
            if (found.isPresent() && reviewable(found.get())) {
                duplicates.add(found.get());
            } else {
                refused.add(id);
            }
        }
        if (!refused.isEmpty()) {
            return new Result.Refused("Niet alle inbreng kan worden samengevoegd",
                    "Deze inbreng bestaat niet of is verborgen, ingetrokken of al samengevoegd: " + refused
                            + ". Haal die uit de keuze en probeer het opnieuw.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Submission duplicate : duplicates) {
            // A duplicate that had duplicates of its own hands them over: the group stays one group.
            for (long earlier : links.duplicatesOf(duplicate.id())) {
                links.link(earlier, masterId);
                indexer.index(earlier);
            }
            submissions.update(StoredSubmissions.withStatus(duplicate, SubmissionStatus.SAMENGEVOEGD,
                    duplicate.themeUnsure(), now));
            links.link(duplicate.id(), masterId);
            events.save(new ModerationEvent(null, duplicate.id(), userId, ModerationEvent.Action.MERGE, null,
                    duplicate.status(), now));
            indexer.index(duplicate.id());
        }
        indexer.index(masterId);
        List<Long> all = links.duplicatesOf(masterId);
        return new Result.Merged(masterId, all, all.size() + 1);
    }

    private static boolean reviewable(Submission s) {
        return s.status() == SubmissionStatus.NIEUW || s.status() == SubmissionStatus.BEOORDEELD;
    }
}
