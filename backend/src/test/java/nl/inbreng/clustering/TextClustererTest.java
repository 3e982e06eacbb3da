package nl.inbreng.clustering;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextClustererTest {

    private static LabelledCorpus corpus;
    private static List<ThemePrior> priors;

    @BeforeAll
    static void loadCorpus() {
        corpus = LabelledCorpus.load();
        priors = LabelledCorpus.themePriors();
    }

    @Test
    void putsEveryInputInExactlyOneCluster() {
        for (ClusteringOptions options : List.of(ClusteringOptions.automatic(1, priors),
                ClusteringOptions.automatic(1, List.of()), new ClusteringOptions(5, 1, priors))) {
            ClusteringResult result = new TextClusterer().cluster(corpus.inputs(), options);
            List<Long> all = result.clusters().stream().flatMap(c -> c.memberIds().stream()).toList();
            assertEquals(corpus.inputs().size(), all.size(), "no input twice");
            assertEquals(corpus.inputs().stream().map(ClusterInput::id).collect(Collectors.toSet()), new HashSet<>(all));
            assertTrue(result.clusters().stream().filter(TextCluster::overig).count() <= 1);
        }
    }

    @Test
    void honoursARequestedNumberOfClusters() {
        ClusteringResult result = new TextClusterer().cluster(corpus.inputs(), new ClusteringOptions(8, 3, List.of()));
        long regular = result.clusters().stream().filter(c -> !c.overig()).count();
        assertTrue(regular <= 8 && regular >= 6, "got " + regular);
    }

    @Test
    void givesTheSameResultForTheSameInputAndSeed() {
        ClusteringResult first = new TextClusterer().cluster(corpus.inputs(), ClusteringOptions.automatic(42, priors));
        List<ClusterInput> shuffled = new ArrayList<>(corpus.inputs());
        java.util.Collections.reverse(shuffled);
        ClusteringResult second = new TextClusterer().cluster(shuffled, ClusteringOptions.automatic(42, priors));
        assertEquals(first, second);
        ClusteringResult unsupervised = new TextClusterer().cluster(corpus.inputs(), ClusteringOptions.automatic(42, List.of()));
        assertEquals(unsupervised, new TextClusterer().cluster(corpus.inputs(), ClusteringOptions.automatic(42, List.of())));
    }

    @Test
    void givesTheSameResultOnALargeSetWhoseTextsAreAnalysedInParallel() {
        // Over 2,000 distinct texts the analysis runs in parallel slices and near-duplicates on their own thread.
        List<String> sentences = new ArrayList<>();
        corpus.inputs().forEach(input -> sentences.addAll(ClusterDescriber.sentences(input.text())));
        java.util.Random random = new java.util.Random(5);
        List<ClusterInput> inputs = new ArrayList<>();
        for (int i = 0; i < 2600; i++) {
            String text = sentences.get(random.nextInt(sentences.size())) + " "
                    + sentences.get(random.nextInt(sentences.size()));
            inputs.add(new ClusterInput(i + 1, text));
        }
        ClusteringResult first = new TextClusterer().cluster(inputs, ClusteringOptions.automatic(9, priors));
        List<ClusterInput> reversed = new ArrayList<>(inputs);
        java.util.Collections.reverse(reversed);
        assertEquals(first, new TextClusterer().cluster(reversed, ClusteringOptions.automatic(9, priors)));
        assertEquals(inputs.size(), first.clusters().stream().mapToInt(TextCluster::size).sum());
        assertFalse(first.duplicates().isEmpty(), "recombined sentences repeat, so some inputs are near-duplicates");
    }

    @Test
    void labelsSmallFixedCorpusWithItsTopicsAndNeverWithFiller() {
        List<String> texts = List.of(
                "Overal hondenpoep op de stoep bij de Lindelaan.",
                "De hondenpoep in het park is echt erg, graag meer controle.",
                "Hondenbezitters ruimen de hondenpoep niet op bij de speeltuin.",
                "Staat vol met hondenpoep, het grasveld bij school.",
                "hondepoep overal op het trottoir",
                "Poep van honden op het schoolplein, kinderen stappen erin.",
                "Hangjongeren bij het winkelcentrum maken lawaai tot laat.",
                "Elke avond hangjongeren bij de snackbar, ze schreeuwen en gooien met blikjes.",
                "De hangjongeren op het bankje bij de kerk intimideren voorbijgangers.",
                "Groep hangjongeren met scooters bij het winkelcentrum.",
                "hangjongeren rookten wiet bij de hangplek, gewoon erg",
                "Hangplek bij het winkelcentrum trekt hangjongeren van buiten de wijk.",
                "Snelheidsduivels in de Dorpsstraat, er wordt veel te hard gereden.",
                "Auto's rijden veel te hard door de Dorpsstraat, echt gevaarlijk voor kinderen.",
                "Te hard rijden in de 30 km zone, snelheidsduivels graag flitsen.",
                "De snelheidsduivels racen 's nachts over de Dorpsstraat.",
                "Er wordt te hard gereden op de Kerkweg, een drempel graag.",
                "Hard rijden bij de school, snelheidscontrole nodig.");
        List<ClusterInput> inputs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            inputs.add(new ClusterInput(100 + i, texts.get(i)));
        }
        ClusteringResult result = new TextClusterer().cluster(inputs, new ClusteringOptions(3, 5, List.of()));
        String labels = result.clusters().stream().map(c -> c.label() + " " + c.keyPhrases())
                .collect(Collectors.joining(" | ")).toLowerCase(Locale.ROOT);
        assertTrue(labels.contains("hondenpoep"), labels);
        assertTrue(labels.contains("hangjongeren"), labels);
        assertTrue(labels.contains("hard") || labels.contains("snelheidsduivels"), labels);
        for (TextCluster cluster : result.clusters()) {
            for (String filler : List.of("staat", "graag", "gewoon", "erg", "echt")) {
                assertFalse(List.of(cluster.label().toLowerCase(Locale.ROOT).split("\\W+")).contains(filler),
                        cluster.label());
            }
        }
        // Compounds and misspellings meet their plain forms: the dog-mess inputs share one cluster.
        Map<Long, TextCluster> clusterOf = new java.util.HashMap<>();
        result.clusters().forEach(c -> c.memberIds().forEach(id -> clusterOf.put(id, c)));
        Set<TextCluster> dogMess = new HashSet<>(List.of(clusterOf.get(100L), clusterOf.get(104L), clusterOf.get(105L)));
        assertEquals(1, dogMess.size(), labels);
    }

    @Test
    void explainsHowManyClustersItMadeAndWhy() {
        ClusteringResult requested = new TextClusterer().cluster(corpus.inputs(), new ClusteringOptions(7, 1, priors));
        assertEquals(ClusterCount.How.REQUESTED, requested.count().how());
        assertEquals(7, requested.count().clusters());
        ClusteringResult themed = new TextClusterer().cluster(corpus.inputs(), ClusteringOptions.automatic(1, priors));
        assertEquals(ClusterCount.How.THEMES, themed.count().how(), themed.count().reason());
        assertTrue(themed.count().themesFollowed());
        ClusteringResult free = new TextClusterer().cluster(corpus.inputs(), ClusteringOptions.automatic(1, List.of()));
        assertEquals(ClusterCount.How.GAP, free.count().how());
        assertTrue(free.count().reason().startsWith(free.count().clusters() + " groepen"), free.count().reason());
        assertEquals(free.count().clusters(), free.clusters().stream().filter(c -> !c.overig()).count(),
                "the number said is the number made");
    }

    @Test
    void choosesRepresentativesAmongTheClusterMembers() {
        ClusteringResult result = new TextClusterer().cluster(corpus.inputs(), ClusteringOptions.automatic(1, priors));
        for (TextCluster cluster : result.clusters()) {
            assertFalse(cluster.representativeIds().isEmpty());
            assertTrue(cluster.memberIds().containsAll(cluster.representativeIds()));
            assertFalse(cluster.label().isBlank());
        }
    }

    @Test
    void groupsNearDuplicatesAndLeavesThemInTheirClusters() {
        List<ClusterInput> inputs = new ArrayList<>(corpus.inputs());
        inputs.add(new ClusterInput(9001, "Er wordt elke avond gedeald bij het fietsenhok achter het station."));
        inputs.add(new ClusterInput(9002, "Elke avond wordt er gedeald bij het fietsenhok achter het station!"));
        inputs.add(new ClusterInput(9003, "elke avond gedeald bij fietsenhok achter station"));
        ClusteringResult result = new TextClusterer().cluster(inputs, ClusteringOptions.automatic(1, priors));
        DuplicateGroup group = result.duplicates().stream().filter(g -> g.memberIds().contains(9001L)).findFirst()
                .orElseThrow();
        assertTrue(group.memberIds().containsAll(List.of(9001L, 9002L, 9003L)));
        long clustered = result.clusters().stream().flatMap(c -> c.memberIds().stream())
                .filter(id -> id > 9000).count();
        assertEquals(3, clustered);
    }

    @Test
    void putsEmptyAndStopWordOnlyInputsInOverig() {
        List<ClusterInput> inputs = new ArrayList<>(corpus.inputs().subList(0, 60));
        inputs.add(new ClusterInput(8001, "??"));
        inputs.add(new ClusterInput(8002, "het is gewoon erg"));
        ClusteringResult result = new TextClusterer().cluster(inputs, ClusteringOptions.automatic(1, priors));
        Map<Long, TextCluster> clusterOf = result.clusters().stream()
                .flatMap(c -> c.memberIds().stream().map(id -> Map.entry(id, c)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(clusterOf.get(8001L).overig());
        assertTrue(clusterOf.get(8002L).overig());
        assertEquals(TextClusterer.OVERIG, clusterOf.get(8001L).label());
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
