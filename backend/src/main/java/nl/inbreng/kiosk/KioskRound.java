package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundTheme;
import nl.inbreng.rounds.RoundThemeRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The round a stall day collects for, as the tablet shows and keeps it for offline use: the open round of the stall
 * day's gemeente that residents can join (doelgroep INWONERS or IEDEREEN), soonest closing first. Read-only on
 * purpose: when a stall day gets its own round column, only {@link #of(Kraammoment)} needs to look there first.
 */
@Singleton
class KioskRound {

    private static final Set<Round.Doelgroep> FOR_RESIDENTS = Set.of(Round.Doelgroep.INWONERS, Round.Doelgroep.IEDEREEN);

    private final RoundRepository rounds;
    private final RoundThemeRepository roundThemes;
    private final Clock clock;

    KioskRound(RoundRepository rounds, RoundThemeRepository roundThemes, Clock clock) {
        this.rounds = rounds;
        this.roundThemes = roundThemes;
        this.clock = clock;
    }

    /** A round as the kiosk keeps it; an empty themeCodes list means every theme. */
    @Serdeable
    record RoundInfo(Long id, String slug, String title, LocalDateTime closesAt, List<String> themeCodes) {
    }

    Optional<RoundInfo> of(Kraammoment moment) {
        LocalDateTime now = LocalDateTime.now(clock);
        return rounds.findByOpensAtLessThanEqualsAndClosesAtGreaterThanOrderByClosesAt(now, now).stream()
                .filter(round -> FOR_RESIDENTS.contains(round.doelgroep()))
                .filter(round -> moment.gemeenteId() == null || Objects.equals(moment.gemeenteId(), round.gemeenteId()))
                .findFirst()
                .map(round -> new RoundInfo(round.id(), round.slug(), round.title(), round.closesAt(),
                        roundThemes.findByRoundIdIn(List.of(round.id())).stream().map(RoundTheme::themaCode).sorted().toList()));
    }

    /** What the tablet keeps about its stall day: shown on the staff screen and used to limit the themes offline. */
    @Serdeable
    record MomentInfo(String name, String place, LocalDate date, @Nullable RoundInfo round) {
    }

    MomentInfo describe(Kraammoment moment) {
        return new MomentInfo(moment.name(), moment.place(), moment.heldOn(), of(moment).orElse(null));
    }
}
