package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.DuplicateLinks;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One input for the werkgroep's detail view, read from the database (never contact details). */
@Singleton
class ShowSubmission {

    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository themes;
    private final AreaRepository areas;
    private final RoundRepository rounds;
    private final DuplicateLinks links;

    ShowSubmission(SubmissionRepository submissions, SubmissionThemeRepository themes, AreaRepository areas,
                   RoundRepository rounds, DuplicateLinks links) {
        this.submissions = submissions;
        this.themes = themes;
        this.areas = areas;
        this.rounds = rounds;
        this.links = links;
    }

    // One transaction, so the merge references are read over the same connection as the rest.
    @Transactional(readOnly = true)
    Result show(long id) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        List<ThemeTag> tags = themes.findBySubmissionIdIn(List.of(id)).stream()
                .sorted(Comparator.comparing(SubmissionTheme::isPrimary).reversed().thenComparing(SubmissionTheme::id))
                .map(t -> new ThemeTag(t.themaCode(), t.isPrimary())).toList();
        Optional<Area> area = s.areaId() == null ? Optional.empty() : areas.findById(s.areaId());
        String roundTitle = s.roundId() == null ? null : rounds.findById(s.roundId()).map(Round::title).orElse(null);
        List<MergedInput> merged = links.duplicatesOf(id).stream().map(submissions::findById).flatMap(Optional::stream)
                .map(d -> new MergedInput(d.id(), d.problem(), d.channel().name(), d.createdAt())).toList();
        return new Result.Found(new Detail(s.id(), s.problem(), s.solution(), tags,
                tags.stream().map(ThemeTag::code).toList(), s.channel().name(), area.map(Area::code).orElse(null),
                area.map(Area::name).orElse(null), s.roundId(), roundTitle, s.respondentType().name(), s.ageBand(),
                s.status().name(), s.themeUnsure(), s.createdAt(), s.updatedAt(), links.masterOf(id), merged,
                merged.size() + 1));
    }

    sealed interface Result {
        record Found(Detail detail) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    /** A theme on an input; the primary one comes first. */
    @Serdeable
    record ThemeTag(String code, boolean primary) {
    }

    /** A near-duplicate merged into the input shown. */
    @Serdeable
    record MergedInput(long id, @Nullable String problem, String channel, LocalDateTime createdAt) {
    }

    /**
     * The detail view. Area and round come with their names for people and their codes/ids for links; {@code
     * duplicateOf} is set on a merged duplicate, {@code duplicates} and {@code count} (itself included) on the input
     * they were merged into.
     */
    @Serdeable
    @SuppressWarnings("java:S107") // one field per fact the detail page shows
    record Detail(long id, @Nullable String problem, @Nullable String solution, List<ThemeTag> themes,
                  List<String> themeCodes, String channel, @Nullable String areaCode, @Nullable String areaName,
                  @Nullable Long roundId, @Nullable String roundTitle, String respondentType, @Nullable String ageBand,
                  String status, boolean themeUnsure, LocalDateTime createdAt, LocalDateTime updatedAt,
                  @Nullable Long duplicateOf, List<MergedInput> duplicates, int count) {
    }
}
