package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundTheme;
import nl.inbreng.rounds.RoundThemeRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The round a stall day collects for, as the tablet shows and keeps it for offline use: the stall day's own round
 * (kraammoment.round_id, ADR 0132), which is also where its stall and paper input are stored. A stall day without a
 * round shows none: each of its inputs then finds its own round when it is stored.
 */
@Singleton
class KioskRound {

    private final RoundRepository rounds;
    private final RoundThemeRepository roundThemes;

    KioskRound(RoundRepository rounds, RoundThemeRepository roundThemes) {
        this.rounds = rounds;
        this.roundThemes = roundThemes;
    }

    /** A round as the kiosk keeps it; an empty themeCodes list means every theme. */
    @Serdeable
    record RoundInfo(Long id, String slug, String title, LocalDateTime closesAt, List<String> themeCodes) {
    }

    Optional<RoundInfo> of(Kraammoment moment) {
        return Optional.ofNullable(moment.roundId()).flatMap(rounds::findById)
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
