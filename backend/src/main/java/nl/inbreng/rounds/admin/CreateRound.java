package nl.inbreng.rounds.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundBySlugRepository;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundTheme;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Opens a new participation round for a doelgroep, with its themes, times and intro. */
@Singleton
class CreateRound {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final RoundRepository rounds;
    private final RoundBySlugRepository roundsBySlug;
    private final RoundThemeRepository roundThemes;
    private final ThemaRepository themas;
    private final Clock clock;

    private final VisibleGemeenten visible;

    CreateRound(RoundRepository rounds, RoundBySlugRepository roundsBySlug, RoundThemeRepository roundThemes,
                ThemaRepository themas, Clock clock, VisibleGemeenten visible) {
        this.visible = visible;
        this.rounds = rounds;
        this.roundsBySlug = roundsBySlug;
        this.roundThemes = roundThemes;
        this.themas = themas;
        this.clock = clock;
    }

    /** A new round; an empty themeCodes list means every theme. */
    @Serdeable
    record NewRound(@Nullable String slug, @Nullable String title, @Nullable Round.Doelgroep doelgroep,
                    @Nullable String intro, @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt,
                    boolean byInvitation, @Nullable List<String> themeCodes) {
    }

    @Transactional
    Round create(NewRound request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.slug() == null || request.slug().length() > 100 || !SLUG.matcher(request.slug()).matches()) {
            errors.add(new Problem.FieldError("slug", "Gebruik alleen kleine letters, cijfers en streepjes, zoals wijkraden-2027."));
        } else if (roundsBySlug.findBySlug(request.slug()).isPresent()) {
            errors.add(new Problem.FieldError("slug", "Dit adres is al in gebruik. Kies een ander."));
        }
        if (request.title() == null || request.title().isBlank() || request.title().length() > 200) {
            errors.add(new Problem.FieldError("title", "Vul een titel in van hoogstens 200 tekens."));
        }
        if (request.doelgroep() == null) {
            errors.add(new Problem.FieldError("doelgroep", "Kies voor wie de ronde is."));
        }
        if (request.opensAt() == null) {
            errors.add(new Problem.FieldError("opensAt", "Vul in wanneer de ronde opengaat."));
        }
        if (request.closesAt() == null || (request.opensAt() != null && !request.closesAt().isAfter(request.opensAt()))) {
            errors.add(new Problem.FieldError("closesAt", "Vul een sluitdatum in die na de openingsdatum ligt."));
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>(request.themeCodes() == null ? List.of() : request.themeCodes());
        if (!codes.stream().allMatch(themas::existsById)) {
            errors.add(new Problem.FieldError("themeCodes", "Kies alleen thema's uit de lijst."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // The round belongs to the gemeente of the beheerder who makes it; the whole installation's, to none (ADR 0170).
        Round saved = rounds.save(new Round(null, visible.current().homeGemeente().orElse(null), request.slug(), request.title().strip(), request.doelgroep(),
                request.intro() == null || request.intro().isBlank() ? null : request.intro().strip(),
                request.opensAt(), request.closesAt(), request.byInvitation(), LocalDateTime.now(clock)));
        codes.forEach(code -> roundThemes.save(new RoundTheme(null, saved.id(), code)));
        return saved;
    }
}
