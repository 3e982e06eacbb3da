package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
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

    ShowSubmission(SubmissionRepository submissions, SubmissionThemeRepository themes, AreaRepository areas) {
        this.submissions = submissions;
        this.themes = themes;
        this.areas = areas;
    }

    Result show(long id) {
        Optional<Submission> found = submissions.findById(id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        List<ThemeTag> tags = themes.findBySubmissionIdIn(List.of(id)).stream()
                .sorted(Comparator.comparing(SubmissionTheme::isPrimary).reversed().thenComparing(SubmissionTheme::id))
                .map(t -> new ThemeTag(t.themaCode(), t.isPrimary())).toList();
        String areaCode = s.areaId() == null ? null : areas.findById(s.areaId()).map(Area::code).orElse(null);
        return new Result.Found(new Detail(s.id(), s.problem(), s.solution(), tags,
                tags.stream().map(ThemeTag::code).toList(), s.channel().name(), areaCode, s.roundId(),
                s.respondentType().name(), s.ageBand(), s.status().name(), s.themeUnsure(), s.createdAt(), s.updatedAt()));
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

    @Serdeable
    record Detail(long id, @Nullable String problem, @Nullable String solution, List<ThemeTag> themes,
                  List<String> themeCodes, String channel, @Nullable String areaCode, @Nullable Long roundId,
                  String respondentType, @Nullable String ageBand, String status, boolean themeUnsure,
                  LocalDateTime createdAt, LocalDateTime updatedAt) {
    }
}
