package nl.inbreng.rounds;

import java.util.Optional;
import nl.inbreng.areas.PortalGemeente;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** GET /api/v1/rounds: the rounds open right now, soonest closing first. */
@Controller("/api/v1/rounds")
class RoundsController {

    private final RoundRepository rounds;
    private final RoundThemeRepository roundThemes;
    private final RespondentGroups respondentGroups;
    private final Clock clock;

    private final PortalGemeente portal;

    RoundsController(RoundRepository rounds, RoundThemeRepository roundThemes, RespondentGroups respondentGroups, Clock clock,
                     PortalGemeente portal) {
        this.portal = portal;
        this.rounds = rounds;
        this.roundThemes = roundThemes;
        this.respondentGroups = respondentGroups;
        this.clock = clock;
    }

    @Get
    List<RoundView> openRounds() {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Long> gemeente = portal.chosen();
        // On a gemeente's own host name: its rounds and those of no gemeente (ADR 0170); otherwise all, as before.
        List<Round> open = rounds.findByOpensAtLessThanEqualsAndClosesAtGreaterThanOrderByClosesAt(now, now).stream()
                .filter(round -> gemeente.isEmpty() || round.gemeenteId() == null || gemeente.get().equals(round.gemeenteId()))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> themesByRound = roundThemes.findByRoundIdIn(open.stream().map(Round::id).toList()).stream()
                .collect(Collectors.groupingBy(RoundTheme::roundId,
                        Collectors.mapping(RoundTheme::themaCode, Collectors.toList())));
        return open.stream()
                .map(round -> new RoundView(round.id(), round.slug(), round.title(), round.doelgroep(), round.intro(),
                        round.opensAt(), round.closesAt(), round.byInvitation(),
                        themesByRound.getOrDefault(round.id(), List.of()),
                        round.byInvitation() ? List.of() : respondentGroups.of(round.doelgroep())))
                .toList();
    }

    /**
     * A round as the portal shows it; an empty themeCodes list means every theme. respondentTypes are the groups
     * whose input on the open form lands in this round (empty for rounds by invitation), so the portal can ask the
     * visitor to choose only when more than one round is open for their group.
     */
    @Serdeable
    record RoundView(Long id, String slug, String title, Round.Doelgroep doelgroep, @Nullable String intro,
                     LocalDateTime opensAt, LocalDateTime closesAt, boolean byInvitation, List<String> themeCodes,
                     List<String> respondentTypes) {
    }
}
