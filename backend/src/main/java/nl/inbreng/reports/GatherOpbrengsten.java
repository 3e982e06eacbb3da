package nl.inbreng.reports;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import io.micronaut.core.annotation.Nullable;
import nl.inbreng.insight.admin.CuratedClusterings;
import nl.inbreng.insight.admin.DraftPrioritisation;
import nl.inbreng.clustering.ClusterInput;
import nl.inbreng.clustering.ClusteringOptions;
import nl.inbreng.clustering.ClusteringResult;
import nl.inbreng.clustering.SummarySentence;
import nl.inbreng.clustering.TextCluster;
import nl.inbreng.clustering.TextClusterer;
import nl.inbreng.clustering.ThemePrior;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.PublicQuotes;
import nl.inbreng.common.SuspectDetector;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;
import nl.inbreng.themes.Veiligheidsveld;
import nl.inbreng.themes.VeldRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gathers the council report of one round: participation from the database, the main clusters per veld and the
 * draft prioritisation. The clusters come from the analyst's curated clustering of the round when there is one
 * (their labels, merges, splits and moves are what the werkgroep agreed on); a veld that clustering does not cover,
 * or a round without one, gets a fresh clustering of that veld's inputs with the same seed as the analyst screens.
 */
@Singleton
class GatherOpbrengsten {

    static final int CLUSTERS_PER_VELD = 5;
    static final int QUOTES_PER_CLUSTER = 2;
    static final int QUOTE_LENGTH = 160;
    static final int SUMMARY_LENGTH = 400;
    /** Same seed as the analyst's clustering screen. */
    static final long SEED = 7;

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+31|0031|0)[\\s-]?[1-9](?:[\\s-]?\\d){7,8}");
    private static final Pattern POSTCODE = Pattern.compile("\\b\\d{4}\\s?[A-Z]{2}\\b");

    private final RoundRepository rounds;
    private final GemeenteRepository gemeenten;
    private final VeldRepository velden;
    private final ThemaRepository themes;
    private final ReportFigures figures;
    private final DraftPrioritisation prioritisation;
    private final CuratedClusterings curated;
    private final PublicQuotes quotes;
    private final Clock clock;

    GatherOpbrengsten(RoundRepository rounds, GemeenteRepository gemeenten, VeldRepository velden, ThemaRepository themes,
                      ReportFigures figures, DraftPrioritisation prioritisation, CuratedClusterings curated,
                      PublicQuotes quotes, Clock clock) {
        this.curated = curated;
        this.quotes = quotes;
        this.rounds = rounds;
        this.gemeenten = gemeenten;
        this.velden = velden;
        this.themes = themes;
        this.figures = figures;
        this.prioritisation = prioritisation;
        this.clock = clock;
    }

    /** The outcome: the report's content, or no such round. */
    sealed interface Result {
        record Gathered(OpbrengstenNotitie notitie) implements Result {
        }

        record RoundNotFound() implements Result {
        }

        /** The clustering asked for does not exist or belongs to another round. */
        record ClusteringNotFound() implements Result {
        }
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    Result gather(long roundId, @Nullable Long clusteringId) {
        Optional<Round> found = rounds.findById(roundId);
        if (found.isEmpty()) {
            return new Result.RoundNotFound();
        }
        Optional<CuratedClusterings.Curated> clustering = clusteringId == null ? curated.latestForRound(roundId)
                : curated.byId(clusteringId).filter(c -> c.round() == null || c.round() == roundId);
        if (clusteringId != null && clustering.isEmpty()) {
            return new Result.ClusteringNotFound();
        }
        Round round = found.get();
        String gemeente = Optional.ofNullable(round.gemeenteId()).flatMap(gemeenten::findById)
                .or(() -> gemeenten.findAll().stream().findFirst())
                .map(Gemeente::name).orElse("De gemeente");

        Map<String, Integer> perChannel = new LinkedHashMap<>();
        figures.perChannel(roundId).forEach(count -> perChannel.put(
                ReportTexts.CHANNELS.getOrDefault(count.name(), count.name()), count.count()));
        Map<String, Integer> perGroup = new LinkedHashMap<>();
        figures.perGroup(roundId).forEach(count -> perGroup.put(
                ReportTexts.GROUPS.getOrDefault(count.name(), count.name()), count.count()));
        int total = perChannel.values().stream().mapToInt(Integer::intValue).sum();
        var participation = new OpbrengstenNotitie.Participation(total, perChannel, perGroup, figures.votes(roundId));

        DraftPrioritisation.Prioritisation draft =
                ((DraftPrioritisation.Result.Computed) prioritisation.compute(roundId)).prioritisation();
        List<ReportFigures.VeldInput> veldInputs = figures.inputsPerVeld(roundId);
        List<Long> ids = veldInputs.stream().map(ReportFigures.VeldInput::id).distinct().toList();
        Set<Long> quotable = quotes.quotable(ids);
        return new Result.Gathered(new OpbrengstenNotitie(gemeente, round.title(), LocalDate.now(clock), participation,
                veldSections(veldInputs, clustering, quotable), draft, quotes.review(ids)));
    }

    private List<OpbrengstenNotitie.VeldSection> veldSections(List<ReportFigures.VeldInput> veldInputs,
                                                              Optional<CuratedClusterings.Curated> clustering,
                                                              Set<Long> quotable) {
        Map<String, List<ReportFigures.VeldInput>> inputsByVeld = veldInputs.stream()
                .collect(Collectors.groupingBy(ReportFigures.VeldInput::veldCode));
        Map<String, List<Thema>> themesByVeld = themes.findByActiveOrderByPosition(true).stream()
                .filter(thema -> thema.veldCode() != null)
                .collect(Collectors.groupingBy(Thema::veldCode));
        List<OpbrengstenNotitie.VeldSection> sections = new ArrayList<>();
        for (Veiligheidsveld veld : velden.findAllOrderByPosition()) {
            List<ReportFigures.VeldInput> inputs = inputsByVeld.getOrDefault(veld.code(), List.of());
            List<OpbrengstenNotitie.ClusterSection> fromCurated = clustering.map(c -> curatedClusters(inputs, c, quotable))
                    .orElse(List.of());
            sections.add(new OpbrengstenNotitie.VeldSection(veld.code(), veld.name(), inputs.size(),
                    fromCurated.isEmpty() ? clusters(inputs, themesByVeld.getOrDefault(veld.code(), List.of()), quotable)
                            : fromCurated));
        }
        return sections;
    }

    private static List<OpbrengstenNotitie.ClusterSection> clusters(List<ReportFigures.VeldInput> inputs, List<Thema> veldThemes,
                                                                    Set<Long> quotable) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        List<ThemePrior> priors = veldThemes.stream().map(thema -> new ThemePrior(thema.code(), thema.name() + ". "
                + (thema.description() == null ? "" : thema.description()) + " "
                + (thema.exampleWords() == null ? "" : thema.exampleWords()))).toList();
        ClusteringResult result = new TextClusterer().cluster(
                inputs.stream().map(input -> new ClusterInput(input.id(), input.text(),
                        quotable.contains(input.id()))).toList(),
                new ClusteringOptions(null, SEED, priors));
        Map<Long, ReportFigures.VeldInput> byId = inputs.stream()
                .collect(Collectors.toMap(ReportFigures.VeldInput::id, Function.identity(), (a, b) -> a));
        return result.clusters().stream()
                .sorted(Comparator.comparing(TextCluster::overig).thenComparing(Comparator.comparingInt(TextCluster::size).reversed()))
                .limit(CLUSTERS_PER_VELD)
                .map(cluster -> new OpbrengstenNotitie.ClusterSection(cluster.label(), cluster.size(),
                        shorten(cluster.summary().stream().filter(sentence -> quotable.containsAll(sentence.sourceIds()))
                                .map(SummarySentence::text).collect(Collectors.joining(" ")), SUMMARY_LENGTH),
                        cluster.representativeIds().stream().filter(quotable::contains).map(byId::get)
                                .filter(java.util.Objects::nonNull).limit(QUOTES_PER_CLUSTER).map(input -> shorten(withoutContactDetails(input.problem()), QUOTE_LENGTH))
                                .toList()))
                .toList();
    }

    /**
     * The curated clusters as far as they hold inputs of this veld, counted within the veld; quotes are the
     * cluster's representatives in the veld first, then its other inputs there. A stored summary sentence does not
     * say here which input it came from, so one in which the detector finds anything is left out.
     */
    private static List<OpbrengstenNotitie.ClusterSection> curatedClusters(List<ReportFigures.VeldInput> inputs,
                                                                          CuratedClusterings.Curated clustering,
                                                                          Set<Long> quotable) {
        Map<Long, ReportFigures.VeldInput> byId = inputs.stream()
                .collect(Collectors.toMap(ReportFigures.VeldInput::id, Function.identity(), (a, b) -> a));
        record InVeld(CuratedClusterings.Cluster cluster, List<Long> members) {
        }
        return clustering.clusters().stream()
                .map(cluster -> new InVeld(cluster, cluster.memberIds().stream().filter(byId::containsKey).toList()))
                .filter(in -> !in.members().isEmpty())
                .sorted(Comparator.comparing((InVeld in) -> in.cluster().overig())
                        .thenComparing(Comparator.comparingInt((InVeld in) -> in.members().size()).reversed()))
                .limit(CLUSTERS_PER_VELD)
                .map(in -> new OpbrengstenNotitie.ClusterSection(in.cluster().label(), in.members().size(),
                        shorten(in.cluster().summary().stream().filter(sentence -> SuspectDetector.detect(sentence).isEmpty())
                                .collect(Collectors.joining(" ")), SUMMARY_LENGTH),
                        java.util.stream.Stream.concat(in.cluster().representativeIds().stream(), in.members().stream())
                                .filter(byId::containsKey).filter(quotable::contains).distinct().limit(QUOTES_PER_CLUSTER)
                                .map(id -> shorten(withoutContactDetails(byId.get(id).problem()), QUOTE_LENGTH))
                                .toList()))
                .toList();
    }

    /** Residents sometimes type their e-mail or phone number into the text; the council never sees those. */
    static String withoutContactDetails(String text) {
        String cleaned = EMAIL.matcher(text).replaceAll("[e-mailadres weggelaten]");
        cleaned = PHONE.matcher(cleaned).replaceAll("[telefoonnummer weggelaten]");
        return POSTCODE.matcher(cleaned).replaceAll("[postcode weggelaten]");
    }

    static String shorten(String text, int length) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length - 1);
        return flat.substring(0, cut > length / 2 ? cut : length - 1).strip() + "…";
    }
}
