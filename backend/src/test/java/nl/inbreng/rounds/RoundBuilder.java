package nl.inbreng.rounds;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data for rounds with named states: {@code aRound().closedSince(march3).withThemes("3.1").saveWith(...)}. */
public final class RoundBuilder {

    private final String slug = "ronde-" + UUID.randomUUID().toString().substring(0, 8);
    private String title = "Wijkraden over veiligheid";
    private Round.Doelgroep doelgroep = Round.Doelgroep.WIJKRADEN;
    private LocalDateTime opensAt = LocalDateTime.now().minusDays(3).withNano(0);
    private LocalDateTime closesAt = LocalDateTime.now().plusDays(30).withNano(0);
    private final List<String> themes = new ArrayList<>();
    private Long gemeenteId;

    private RoundBuilder() {
    }

    public static RoundBuilder aRound() {
        return new RoundBuilder();
    }

    public RoundBuilder titled(String value) {
        this.title = value;
        return this;
    }

    public RoundBuilder forOndernemers() {
        this.doelgroep = Round.Doelgroep.ONDERNEMERS;
        return this;
    }

    /** A round anyone in the gemeente can join, as a stall day collects for. */
    public RoundBuilder forEveryone() {
        this.doelgroep = Round.Doelgroep.IEDEREEN;
        return this;
    }

    public RoundBuilder inGemeente(Long id) {
        this.gemeenteId = id;
        return this;
    }

    public RoundBuilder closedSince(LocalDateTime moment) {
        this.opensAt = moment.minusDays(30);
        this.closesAt = moment;
        return this;
    }

    public RoundBuilder opensAt(LocalDateTime moment) {
        this.opensAt = moment;
        this.closesAt = moment.plusDays(30);
        return this;
    }

    /** No themes means the round covers every theme. */
    public RoundBuilder withThemes(String... codes) {
        themes.addAll(List.of(codes));
        return this;
    }

    public Round saveWith(RoundRepository rounds, RoundThemeRepository roundThemes) {
        Round saved = rounds.save(new Round(null, gemeenteId, slug, title, doelgroep,
                "Wat speelt er in uw wijk? Geef per thema aan wat u ziet.", opensAt, closesAt, false,
                LocalDateTime.now()));
        themes.forEach(code -> roundThemes.save(new RoundTheme(null, saved.id(), code)));
        return saved;
    }
}
