package nl.inbreng.insight.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.CountedInputs;
import nl.inbreng.submissions.Submission;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The conceptprioritering: per theme a score anyone can recompute from the figures shown next to it.
 * <p>
 * base = 100 × (0.4 × inputs ÷ most inputs of any theme + 0.4 × vote points ÷ most vote points + 0.2 × advice ÷ most
 * advice); score = base × manual weight (1 when none), rounded. Vote points: 3 for a first place, 2 for a second, 1
 * for a third. Advice = inputs from a thematafel or from professionals + organisation points; an organisation's top
 * three gives 3 / 2 / 1 points times its {@link ConstituencyFactor}. Shown per respondent group and for organisations
 * too, so agreement and difference are visible; every input figure carries a link to the inbox with those inputs.
 */
@Singleton
public class DraftPrioritisation {

    static final double INPUT_WEIGHT = 0.4;
    static final double VOTE_WEIGHT = 0.4;
    static final double ADVICE_WEIGHT = 0.2;
    /** The extra column next to the respondent groups: wijkraden, ondernemersverenigingen and other organisations. */
    static final String ORGANISATIONS = "ORGANISATIE";

    private static final String NOT_AT_A_TABLE = Arrays.stream(Submission.Channel.values())
            .filter(channel -> channel != Submission.Channel.THEMATAFEL).map(Enum::name).collect(Collectors.joining(","));
    private static final String COUNTED_RULE = " " + CountedInputs.CONTENT.sql("s");

    private final DataSource dataSource;
    private final ThemaRepository themes;
    private final ThemeWeightRepository weights;

    private final VisibleGemeenten visible;

    DraftPrioritisation(DataSource dataSource, ThemaRepository themes, ThemeWeightRepository weights,
                        VisibleGemeenten visible) {
        this.visible = visible;
        this.dataSource = dataSource;
        this.themes = themes;
        this.weights = weights;
    }

    /** The inputs that count, of the account's gemeenten only (ADR 0170). */
    private String counted() {
        return COUNTED_RULE + " AND " + visible.sql("s.gemeente_id") + " ";
    }

    /**
     * Figures of one group (INWONER, ONDERNEMER, PROFESSIONAL, JONGERE, ANDERS, ORGANISATIE) for one theme. For
     * organisations the vote points are their unweighted top-three points; {@code inputsLink} is null there because
     * the organisations are listed by name instead.
     */
    @Serdeable
    public record GroupFigures(int inputs, int votePoints, @Nullable String inputsLink) {
    }

    /** One place in one organisation's top three, with the factor its constituency earns. */
    @Serdeable
    public record OrganisationVote(String organisation, String kind, int rank, int points,
                                   @Nullable Integer constituencySize, @Nullable String constituencyUnit,
                                   double factor, double weightedPoints) {
    }

    /** The werkgroep's manual weight on a theme; scope RONDE (this round) or ALLE_RONDES. */
    @Serdeable
    public record ManualWeight(double weight, String reason, String scope, LocalDateTime setAt) {
    }

    /** One theme's line; the links open the inputs behind each figure in the admin inbox. */
    @Serdeable
    public record ThemePriority(String code, String name, @Nullable String veldCode, int score, double baseScore,
                                double weight, @Nullable ManualWeight manualWeight, int inputs, int votes,
                                int votePoints, int adviceInputs, int tableInputs, int professionalInputs,
                                double organisationPoints, double advice, Map<String, GroupFigures> groups,
                                List<OrganisationVote> organisationVotes, String inputsLink, String tableInputsLink,
                                String professionalInputsLink) {
    }

    /** The highest figure of any theme: the denominators of the formula. */
    @Serdeable
    public record Maxima(int inputs, int votePoints, double advice) {
    }

    @Serdeable
    public record Prioritisation(@Nullable Long round, String formula, Maxima maxima, List<ThemePriority> themes) {
    }

    /** The outcome; there is no failure case beyond a broken database. */
    public sealed interface Result {
        record Computed(Prioritisation prioritisation) implements Result {
        }
    }

    /** Per theme and group: [inputs, vote points]. */
    private static final class Tally {
        final Map<String, Map<String, int[]>> groups = new TreeMap<>();
        final Map<String, Integer> votes = new HashMap<>();
        final Map<String, Integer> tableInputs = new HashMap<>();
        final Map<String, Integer> professionalInputs = new HashMap<>();
        final Map<String, List<OrganisationVote>> organisationVotes = new HashMap<>();

        int[] group(String theme, String group) {
            return groups.computeIfAbsent(theme, x -> new TreeMap<>()).computeIfAbsent(group, x -> new int[2]);
        }

        int total(String theme, int index) {
            return groups.getOrDefault(theme, Map.of()).entrySet().stream()
                    .filter(entry -> !ORGANISATIONS.equals(entry.getKey()))
                    .mapToInt(entry -> entry.getValue()[index]).sum();
        }

        double organisationPoints(String theme) {
            return ConstituencyFactor.round2(organisationVotes.getOrDefault(theme, List.of()).stream()
                    .mapToDouble(OrganisationVote::weightedPoints).sum());
        }

        int advice(String theme) {
            return tableInputs.getOrDefault(theme, 0) + professionalInputs.getOrDefault(theme, 0);
        }
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    public Result compute(@Nullable Long round) {
        Tally tally = new Tally();
        String roundClause = round == null ? "" : " AND s.round_id = ?";
        query("SELECT t.thema_code, s.respondent_type, s.channel, COUNT(*) FROM submission s "
                + "JOIN submission_theme t ON t.submission_id = s.id WHERE" + counted() + roundClause
                + " GROUP BY t.thema_code, s.respondent_type, s.channel", round, row -> {
                    int count = Integer.parseInt(row[3]);
                    tally.group(row[0], group(row[1]))[0] += count;
                    if ("THEMATAFEL".equals(row[2])) {
                        tally.tableInputs.merge(row[0], count, Integer::sum);
                    } else if ("PROFESSIONAL".equals(row[1])) {
                        tally.professionalInputs.merge(row[0], count, Integer::sum);
                    }
                });
        query("SELECT t.thema_code, v.respondent_type, t.rank_position, COUNT(*) FROM priority_vote v "
                + "JOIN priority_vote_theme t ON t.vote_id = v.id WHERE "
                + visible.sql("(SELECT r.gemeente_id FROM participation_round r WHERE r.id = v.round_id)") + (round == null ? "" : " AND v.round_id = ?")
                + " GROUP BY t.thema_code, v.respondent_type, t.rank_position", round, row -> {
                    int count = Integer.parseInt(row[3]);
                    tally.group(row[0], group(row[1]))[1] += count * points(Integer.parseInt(row[2]));
                    tally.votes.merge(row[0], count, Integer::sum);
                });
        query("SELECT t.thema_code, COUNT(*) FROM organisation_advice_submission oas "
                + "JOIN submission s ON s.id = oas.submission_id JOIN submission_theme t ON t.submission_id = s.id WHERE"
                + counted() + roundClause + " GROUP BY t.thema_code", round,
                row -> tally.group(row[0], ORGANISATIONS)[0] += Integer.parseInt(row[1]));
        query("SELECT p.thema_code, o.name, o.kind, p.rank_position, a.constituency_size, a.constituency_unit "
                + "FROM organisation_advice_priority p JOIN organisation_advice a ON a.id = p.advice_id "
                + "JOIN organisation o ON o.id = a.organisation_id WHERE " + visible.sql("o.gemeente_id") + (round == null ? "" : " AND a.round_id = ?")
                + " ORDER BY p.rank_position, o.name", round, row -> {
                    int rank = Integer.parseInt(row[3]);
                    Integer size = row[4] == null ? null : Integer.valueOf(row[4]);
                    double factor = ConstituencyFactor.of(size);
                    tally.organisationVotes.computeIfAbsent(row[0], x -> new ArrayList<>()).add(new OrganisationVote(
                            row[1], row[2], rank, points(rank), size, row[5], factor,
                            ConstituencyFactor.round2(points(rank) * factor)));
                    tally.group(row[0], ORGANISATIONS)[1] += points(rank);
                });

        List<Thema> active = themes.findByActiveOrderByPosition(true);
        Map<String, ManualWeight> manual = manualWeights(round);
        int maxInputs = 1;
        int maxPoints = 1;
        double maxAdvice = 1;
        for (Thema thema : active) {
            maxInputs = Math.max(maxInputs, tally.total(thema.code(), 0));
            maxPoints = Math.max(maxPoints, tally.total(thema.code(), 1));
            maxAdvice = Math.max(maxAdvice, ConstituencyFactor.round2(tally.advice(thema.code()) + tally.organisationPoints(thema.code())));
        }
        List<ThemePriority> lines = new ArrayList<>();
        for (Thema thema : active) {
            lines.add(line(thema, round, tally, manual.get(thema.code()), maxInputs, maxPoints, maxAdvice));
        }
        lines.sort(Comparator.comparingInt(ThemePriority::score).reversed().thenComparing(ThemePriority::code));
        return new Result.Computed(new Prioritisation(round, formula(maxInputs, maxPoints, maxAdvice),
                new Maxima(maxInputs, maxPoints, maxAdvice), lines));
    }

    private static ThemePriority line(Thema thema, @Nullable Long round, Tally tally, @Nullable ManualWeight manual,
                                      int maxInputs, int maxPoints, double maxAdvice) {
        String code = thema.code();
        int inputs = tally.total(code, 0);
        int points = tally.total(code, 1);
        double organisationPoints = tally.organisationPoints(code);
        double advice = ConstituencyFactor.round2(tally.advice(code) + organisationPoints);
        double base = 100 * (INPUT_WEIGHT * inputs / maxInputs + VOTE_WEIGHT * points / maxPoints
                + ADVICE_WEIGHT * advice / maxAdvice);
        // The base is shown with one decimal; the score is computed from that shown figure, so it can be recomputed.
        double shownBase = Math.round(base * 10) / 10.0;
        double weight = manual == null ? 1.0 : manual.weight();
        int score = (int) Math.round(shownBase * weight);
        String link = link(code, round);
        Map<String, GroupFigures> groups = new LinkedHashMap<>();
        tally.groups.getOrDefault(code, Map.of()).forEach((group, pair) -> groups.put(group, new GroupFigures(
                pair[0], pair[1], ORGANISATIONS.equals(group) || "ONBEKEND".equals(group) ? null
                : link + "&respondentType=" + group)));
        return new ThemePriority(code, thema.name(), thema.veldCode(), score, shownBase, weight, manual, inputs,
                tally.votes.getOrDefault(code, 0), points, tally.advice(code), tally.tableInputs.getOrDefault(code, 0),
                tally.professionalInputs.getOrDefault(code, 0), organisationPoints, advice, groups,
                List.copyOf(tally.organisationVotes.getOrDefault(code, List.of())), link, link + "&channel=THEMATAFEL",
                link + "&respondentType=PROFESSIONAL&channel=" + NOT_AT_A_TABLE);
    }

    /** The inbox list with the inputs this prioritisation counts for a theme (hidden, spam and withdrawn left out). */
    private static String link(String theme, @Nullable Long round) {
        return "/api/admin/submissions?theme=" + theme + (round == null ? "" : "&round=" + round)
                + "&status=" + CountedInputs.CONTENT.statusParameter();
    }

    private Map<String, ManualWeight> manualWeights(@Nullable Long round) {
        Map<String, ManualWeight> manual = new HashMap<>();
        List<ThemeWeight> stored = new ArrayList<>(weights.findByRoundScopeIn(round == null ? Set.of(ThemeWeight.ALL_ROUNDS)
                : Set.of(ThemeWeight.ALL_ROUNDS, round)));
        // A weight for this very round wins over the one for all rounds.
        stored.sort(Comparator.comparingLong(ThemeWeight::roundScope));
        for (ThemeWeight weight : stored) {
            manual.put(weight.themaCode(), new ManualWeight(weight.weight().doubleValue(), weight.reason(),
                    weight.roundScope() == ThemeWeight.ALL_ROUNDS ? "ALLE_RONDES" : "RONDE", weight.setAt()));
        }
        return manual;
    }

    private static String formula(int maxInputs, int maxPoints, double maxAdvice) {
        return String.format(Locale.forLanguageTag("nl-NL"),
                "score = basisscore × handmatig gewicht (1 als er geen is), afgerond op een heel getal. "
                        + "basisscore = 100 × (0,4 × inbreng ÷ %d + 0,4 × stempunten ÷ %d + 0,2 × advies ÷ %.2f), "
                        + "met één cijfer achter de komma; %d, %d en %.2f zijn de hoogste inbreng, stempunten en advies "
                        + "van alle thema's, en minstens 1: zonder inbreng, stemmen of advies telt dat deel als 0. "
                        + "stempunten: 1e plaats 3, 2e plaats 2, 3e plaats 1. advies = inbreng van "
                        + "thematafels en professionals + organisatiepunten. organisatiepunten: top 3 van een organisatie "
                        + "(3, 2, 1) × achterbanfactor; achterbanfactor = 1 + log10(achterban ÷ 100), minstens 1 en "
                        + "hoogstens 3, op twee cijfers afgerond (1 als de achterban onbekend is).",
                maxInputs, maxPoints, maxAdvice, maxInputs, maxPoints, maxAdvice);
    }

    private static int points(int rank) {
        return Math.max(0, 4 - rank);
    }

    private static String group(@Nullable String respondentType) {
        return respondentType == null ? "ONBEKEND" : respondentType;
    }

    private void query(String sql, @Nullable Long round, Consumer<String[]> consumer) {
        FigureRows.read(dataSource, sql, round, consumer, "figures for the prioritisation");
    }
}
