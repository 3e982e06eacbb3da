package nl.inbreng.rounds;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data for rounds with named states: {@code aRound().closedSince(march3).withThemes("3.1").saveWith(...)}. */
public final class RoundBuilder {

    private String slug = "ronde-" + UUID.randomUUID().toString().substring(0, 8);
    private String title = "Wijkraden over veiligheid";
    private Round.Doelgroep doelgroep = Round.Doelgroep.WIJKRADEN;
    private LocalDateTime opensAt = LocalDateTime.now().minusDays(3).withNano(0);
    private LocalDateTime closesAt = LocalDateTime.now().plusDays(30).withNano(0);
    private final List<String> themes = new ArrayList<>();
    private Long gemeenteId;
    private String intro = "Wat speelt er in uw wijk? Geef per thema aan wat u ziet.";
    private LocalDateTime createdAt;

    private RoundBuilder() {
    }

    public static RoundBuilder aRound() {
        return new RoundBuilder();
    }

    public RoundBuilder titled(String value) {
        this.title = value;
        return this;
    }

    /** The address of the round's page, /rondes/{slug}; unique by default. */
    public RoundBuilder slug(String value) {
        this.slug = value;
        return this;
    }

    /** The text above the round's page; null for none. */
    public RoundBuilder withIntro(String value) {
        this.intro = value;
        return this;
    }

    public RoundBuilder withoutIntro() {
        return withIntro(null);
    }

    public RoundBuilder forInwoners() {
        this.doelgroep = Round.Doelgroep.INWONERS;
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

    public RoundBuilder openBetween(LocalDateTime opens, LocalDateTime closes) {
        this.opensAt = opens;
        this.closesAt = closes;
        return this;
    }

    public RoundBuilder createdAt(LocalDateTime moment) {
        this.createdAt = moment;
        return this;
    }

    /** No themes means the round covers every theme. */
    public RoundBuilder withThemes(String... codes) {
        themes.addAll(List.of(codes));
        return this;
    }

    /** The round, not stored: for a test that stores it itself and needs no themes. */
    public Round build() {
        return new Round(null, gemeenteId, slug, title, doelgroep, intro, opensAt, closesAt, false,
                createdAt == null ? LocalDateTime.now() : createdAt);
    }

    public Round saveWith(RoundRepository rounds, RoundThemeRepository roundThemes) {
        Round saved = rounds.save(build());
        themes.forEach(code -> roundThemes.save(new RoundTheme(null, saved.id(), code)));
        return saved;
    }
}
