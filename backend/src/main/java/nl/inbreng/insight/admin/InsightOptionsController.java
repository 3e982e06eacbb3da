package nl.inbreng.insight.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.accounts.GemeenteScope;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.Submission;
import nl.inbreng.themes.ThemaRepository;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * GET /api/admin/insight/options: what the insight filters can choose from. Analysts may not use the beheerder's
 * round list, so the rounds (id and title only) come from here.
 */
@Controller("/api/admin/insight/options")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class InsightOptionsController {

    private final RoundRepository rounds;
    private final ThemaRepository themes;
    private final AreaRepository areas;

    private final VisibleGemeenten visible;

    InsightOptionsController(RoundRepository rounds, ThemaRepository themes, AreaRepository areas,
                             VisibleGemeenten visible) {
        this.visible = visible;
        this.rounds = rounds;
        this.themes = themes;
        this.areas = areas;
    }

    @Serdeable
    record Option(String value, String label) {
    }

    @Serdeable
    record Options(List<Option> rounds, List<Option> themes, List<Option> channels, List<Option> areas) {
    }

    @Get
    Options options() {
        GemeenteScope scope = visible.current();
        return new Options(
                rounds.findAll().stream().filter(round -> scope.sees(round.gemeenteId())).sorted(Comparator.comparing(Round::opensAt).reversed())
                        .map(round -> new Option(String.valueOf(round.id()), round.title())).toList(),
                themes.findByActiveOrderByPosition(true).stream()
                        .map(thema -> new Option(thema.code(), thema.code() + " " + thema.name())).toList(),
                Arrays.stream(Submission.Channel.values()).map(channel -> new Option(channel.name(), channel.name())).toList(),
                areas.listPublic().stream().filter(area -> scope.sees(area.gemeenteId())).map(area -> new Option(area.code(), area.name() + " (" + area.gemeente() + ")")).toList());
    }
}
