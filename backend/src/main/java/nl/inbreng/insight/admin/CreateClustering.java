package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.clustering.ClusterCount;
import nl.inbreng.clustering.ClusterInput;
import nl.inbreng.clustering.ClusteringOptions;
import nl.inbreng.clustering.ClusteringResult;
import nl.inbreng.clustering.DuplicateGroup;
import nl.inbreng.clustering.SummarySentence;
import nl.inbreng.clustering.TextCluster;
import nl.inbreng.clustering.TextClusterer;
import nl.inbreng.clustering.ThemePrior;
import nl.inbreng.submissions.PublicQuotes;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Clusters the inputs a filter selects and stores the result so that it can be curated. */
@Singleton
class CreateClustering {

    /** Fixed so that the same inputs give the same clusters today and tomorrow. */
    static final long SEED = 7;
    static final int MAX_CLUSTERS = 60;

    private final FilteredInputs inputs;
    private final ThemaRepository themes;
    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredSummarySentenceRepository sentences;
    private final PublicQuotes quotes;
    private final Clock clock;

    CreateClustering(FilteredInputs inputs, ThemaRepository themes, StoredClusteringRepository clusterings,
                     StoredClusterRepository clusters, StoredClusterMemberRepository members,
                     StoredSummarySentenceRepository sentences, PublicQuotes quotes, Clock clock) {
        this.inputs = inputs;
        this.themes = themes;
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.sentences = sentences;
        this.quotes = quotes;
        this.clock = clock;
    }

    /** The outcome: always a stored clustering (an empty filter gives an empty one); bad input throws. */
    sealed interface Result {
        record Created(ClusteringView clustering) implements Result {
        }
    }

    @Transactional
    Result create(ClusteringFilter filter, @Nullable Integer requested) {
        validate(filter, requested);
        List<FilteredInputs.Row> rows = inputs.find(filter);
        ClusteringResult result = new TextClusterer().cluster(clusterInputs(rows), options(filter, requested));

        StoredClustering stored = clusterings.save(new StoredClustering(null, filter.theme(), filter.channel(),
                filter.area(), filter.round(), requested, SEED, LocalDateTime.now(clock), filter.importNumber(), null,
                result.count().reason()));
        Map<Long, FilteredInputs.Row> byId = rows.stream()
                .collect(Collectors.toMap(FilteredInputs.Row::id, Function.identity()));
        List<ClusteringView.ClusterView> views = new ArrayList<>();
        for (int position = 0; position < result.clusters().size(); position++) {
            var cluster = result.clusters().get(position);
            StoredCluster saved = store(stored.id(), position, cluster);
            List<FilteredInputs.Row> clusterRows = cluster.memberIds().stream().map(byId::get).toList();
            views.add(new ClusteringView.ClusterView(saved.id(), cluster.label(), cluster.size(),
                    cluster.summary().stream().map(SummarySentence::text).collect(Collectors.joining(" ")),
                    cluster.summary().stream().map(s -> new ClusteringView.SentenceView(s.text(), s.sourceIds())).toList(),
                    cluster.keyPhrases(), cluster.memberIds(), cluster.representativeIds(), cluster.overig(),
                    cluster.themeCode(), breakdown(clusterRows)));
        }
        List<ClusteringView.DuplicateView> duplicates = new ArrayList<>();
        for (DuplicateGroup group : result.duplicates()) {
            duplicates.add(new ClusteringView.DuplicateView(group.memberIds(),
                    count(group.memberIds().stream().map(byId::get).toList(), FilteredInputs.Row::channel)));
        }
        ClusterCount count = result.count();
        return new Result.Created(new ClusteringView(stored.id(), rows.size(), views, duplicates,
                new ClusteringView.ClusterCountView(count.clusters(), count.how().name(), count.reason(),
                        count.themesFollowed())));
    }

    /**
     * The rows as clustering inputs; an input that may not be quoted in public (an open suspected piece of personal
     * data, see {@link PublicQuotes}) still clusters and counts, but no summary quotes it.
     */
    List<ClusterInput> clusterInputs(List<FilteredInputs.Row> rows) {
        Set<Long> quotable = quotes.quotable(rows.stream().map(FilteredInputs.Row::id).toList());
        return rows.stream().map(row -> new ClusterInput(row.id(), row.text(), quotable.contains(row.id()))).toList();
    }

    /**
     * The themes as priors, unless the inputs carry categories of their own (an import's): the taxonomy's themes
     * say nothing about those, so the clustering then follows the text alone. Also used by a refresh.
     */
    ClusteringOptions options(ClusteringFilter filter, @Nullable Integer requested) {
        if (inputs.carryImportedCategories(filter)) {
            return new ClusteringOptions(requested, SEED, List.of(), true);
        }
        return new ClusteringOptions(requested, SEED, priors());
    }

    /** Stores one computed cluster with its members and summary; also used when a clustering is refreshed. */
    StoredCluster store(long clusteringId, int position, TextCluster cluster) {
        StoredCluster saved = clusters.save(new StoredCluster(null, clusteringId, position, cluster.label(),
                String.join("\n", cluster.keyPhrases()), cluster.overig(), cluster.themeCode(), false));
        List<StoredClusterMember> memberRows = new ArrayList<>();
        for (long id : cluster.memberIds()) {
            memberRows.add(new StoredClusterMember(null, saved.id(), id, cluster.representativeIds().contains(id), false));
        }
        members.saveAll(memberRows);
        List<StoredSummarySentence> sentenceRows = new ArrayList<>();
        for (int s = 0; s < cluster.summary().size(); s++) {
            SummarySentence sentence = cluster.summary().get(s);
            sentenceRows.add(new StoredSummarySentence(null, saved.id(), s, sentence.text(),
                    sentence.sourceIds().stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        sentences.saveAll(sentenceRows);
        return saved;
    }

    /** The taxonomy's own themes (VNG, strategic, local) as priors; themes an import created have no text to go on. */
    private List<ThemePrior> priors() {
        return themes.findByActiveOrderByPosition(true).stream()
                .filter(thema -> thema.kind() != Thema.ThemaKind.IMPORT).map(CreateClustering::prior).toList();
    }

    private static void validate(ClusteringFilter filter, @Nullable Integer requested) {
        if (requested != null && (requested < 1 || requested > MAX_CLUSTERS)) {
            throw new InvalidInputException("clusters", "Kies een aantal groepen van 1 tot en met " + MAX_CLUSTERS + ".");
        }
        filter.importNumber();
        // the stored filter columns are this wide (V7_1); longer text is no theme code or area code anyway
        if (filter.theme() != null && filter.theme().length() > 40) {
            throw new InvalidInputException("filter.theme", "Kies een themacode, bijvoorbeeld 1.2 (hoogstens 40 tekens).");
        }
        if (filter.area() != null && filter.area().length() > 60) {
            throw new InvalidInputException("filter.area", "Kies een wijk of kern uit de lijst (hoogstens 60 tekens).");
        }
        if (filter.channel() != null && Arrays.stream(nl.inbreng.submissions.Submission.Channel.values())
                .noneMatch(channel -> channel.name().equals(filter.channel()))) {
            throw new InvalidInputException("filter.channel",
                    "Kies een kanaal: ONLINE, MARKTKRAAM, PAPIER, THEMATAFEL of IMPORT.");
        }
    }

    private static ThemePrior prior(Thema thema) {
        String text = thema.name() + ". " + (thema.description() == null ? "" : thema.description()) + " "
                + (thema.exampleWords() == null ? "" : thema.exampleWords());
        return new ThemePrior(thema.code(), text);
    }

    private static ClusteringView.Breakdown breakdown(List<FilteredInputs.Row> rows) {
        return new ClusteringView.Breakdown(count(rows, FilteredInputs.Row::channel),
                count(rows, row -> row.area() == null ? "onbekend" : row.area()),
                count(rows, FilteredInputs.Row::respondentType));
    }

    private static Map<String, Integer> count(List<FilteredInputs.Row> rows, Function<FilteredInputs.Row, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(key.apply(row), 1, Integer::sum));
        return counts;
    }
}
