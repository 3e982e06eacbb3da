package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.DuplicateLinks;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An analyst sets the themes of an input: one primary and up to three secondary. This settles "Weet ik niet" and
 * counts as a review, so a new input becomes BEOORDEELD; hidden or spam inputs keep their status. The near-duplicates
 * merged into the input get the same themes, so the whole group counts under the theme the werkgroep chose.
 */
@Singleton
class RetagSubmission {

    static final int MAX_SECONDARY = 3;

    /** What re-tagging did. */
    sealed interface Result {
        record Retagged(String primary, List<String> secondary, String status) implements Result {
        }

        record NotFound() implements Result {
        }

        record Refused(String title, String detail) implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final ThemaRepository catalogue;
    private final ModerationEventRepository events;
    private final SubmissionIndexer indexer;
    private final DuplicateLinks links;
    private final Clock clock;

    RetagSubmission(SubmissionRepository submissions, SubmissionThemeRepository themes, ThemaRepository catalogue,
                    ModerationEventRepository events, SubmissionIndexer indexer, DuplicateLinks links, Clock clock) {
        this.submissions = submissions;
        this.themes = themes;
        this.catalogue = catalogue;
        this.events = events;
        this.indexer = indexer;
        this.links = links;
        this.clock = clock;
    }

    /** Checks the codes first (400 with Dutch messages), then replaces the themes and tells the index. */
    @Transactional
    Result retag(long id, @Nullable String primary, @Nullable List<String> secondary, long userId) {
        List<String> secondaryCodes = validate(primary, secondary);
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        if (s.status() == SubmissionStatus.INGETROKKEN) {
            return new Result.Refused("Deze inbreng is ingetrokken",
                    "De inwoner heeft deze inbreng ingetrokken. U kunt de thema's niet meer aanpassen.");
        }
        String primaryCode = primary.strip();
        replaceThemes(id, primaryCode, secondaryCodes);
        LocalDateTime now = LocalDateTime.now(clock);
        for (long duplicate : links.duplicatesOf(id)) {
            Optional<Submission> merged = submissions.findById(duplicate);
            if (merged.isPresent()) {
                replaceThemes(duplicate, primaryCode, secondaryCodes);
                submissions.update(StoredSubmissions.withStatus(merged.get(), merged.get().status(), false, now));
                indexer.index(duplicate);
            }
        }
        SubmissionStatus status = s.status() == SubmissionStatus.NIEUW ? SubmissionStatus.BEOORDEELD : s.status();
        submissions.update(StoredSubmissions.withStatus(s, status, false, now));
        SubmissionStatus restore = events.findFirstBySubmissionIdOrderByIdDesc(id)
                .map(ModerationEvent::restoreStatus).orElse(SubmissionStatus.BEOORDEELD);
        events.save(new ModerationEvent(null, id, userId, ModerationEvent.Action.RETAG, null,
                status == SubmissionStatus.BEOORDEELD ? SubmissionStatus.BEOORDEELD : restore, now));
        indexer.index(id);
        return new Result.Retagged(primaryCode, secondaryCodes, status.name());
    }

    private void replaceThemes(long id, String primaryCode, List<String> secondaryCodes) {
        themes.deleteBySubmissionId(id);
        themes.save(new SubmissionTheme(null, id, primaryCode, true));
        for (String code : secondaryCodes) {
            themes.save(new SubmissionTheme(null, id, code, false));
        }
    }

    private List<String> validate(@Nullable String primary, @Nullable List<String> secondary) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (primary == null || primary.isBlank()) {
            errors.add(new Problem.FieldError("primary", "Kies een hoofdthema."));
        } else if (!known(primary.strip())) {
            errors.add(new Problem.FieldError("primary", "Kies een hoofdthema uit de lijst. '" + primary.strip()
                    + "' bestaat niet."));
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : secondary == null ? List.<String>of() : secondary) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String c = code.strip();
            if (!known(c)) {
                errors.add(new Problem.FieldError("secondary", "Kies extra thema's uit de lijst. '" + c
                        + "' bestaat niet."));
            } else if (primary != null && c.equals(primary.strip())) {
                errors.add(new Problem.FieldError("secondary", "Kies als extra thema niet het hoofdthema."));
            } else {
                codes.add(c);
            }
        }
        if (codes.size() > MAX_SECONDARY) {
            errors.add(new Problem.FieldError("secondary", "Kies hoogstens " + MAX_SECONDARY + " extra thema's."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(codes);
    }

    private boolean known(String code) {
        return catalogue.findById(code).map(Thema::active).orElse(false);
    }
}
