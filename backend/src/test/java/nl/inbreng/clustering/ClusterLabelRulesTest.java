package nl.inbreng.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The label rules of issue 13: phrases as written, shared by the members, never filler, never unrelated "en", unique. */
class ClusterLabelRulesTest {

    @Test
    void labelsAClusterWithThePhraseItsMembersShareAsResidentsWroteIt() {
        TextCluster cluster = describeAll(List.of(
                "Auto's op de stoep bij de school, je kunt er niet langs met de kinderwagen.",
                "Weer auto's op de stoep in onze straat.",
                "auto's op de stoep geparkeerd, graag handhaven",
                "Steeds auto's op de stoep bij de bakker.",
                "Auto's op de stoep en in de bocht, gevaarlijk.",
                "De auto's staan op de stoep voor de deur."));
        String label = cluster.label().toLowerCase(Locale.ROOT);
        assertTrue(label.contains("auto's") && label.contains("stoep"), cluster.label());
        assertTrue(Character.isUpperCase(cluster.label().charAt(0)), cluster.label());
    }

    @Test
    void neverJoinsTwoUnrelatedWordsWithEn() {
        // Two halves that share nothing: a label "Fiets en lantaarnpaal" would name neither.
        List<String> texts = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> texts.add("Mijn fiets is gestolen bij het station, nummer " + i));
        IntStream.range(0, 6).forEach(i -> texts.add("De lantaarnpaal is kapot in het park, paal " + i));
        TextCluster cluster = describeAll(texts);
        assertFalse(cluster.label().contains(" en "), cluster.label());
    }

    @Test
    void joinsTwoWordsWithEnOnlyWhenBothAreFrequentAndGoTogether() {
        List<String> texts = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> texts.add("Vuurwerk afgestoken door jongeren bij de school " + i));
        IntStream.range(0, 5).forEach(i -> texts.add("Jongeren met vuurwerk in het park, overlast " + i));
        IntStream.range(0, 2).forEach(i -> texts.add("Hondenpoep op het grasveld " + i));
        Fixture fixture = new Fixture(texts);
        List<Integer> all = IntStream.range(0, texts.size()).boxed().toList();
        List<ClusterDescriber.Phrase> phrases = fixture.describer.phrases(all);
        ClusterDescriber.Phrase fireworks = find(phrases, "vuurwerk");
        ClusterDescriber.Phrase youths = find(phrases, "jongeren");
        ClusterDescriber.Phrase dogMess = find(phrases, "hondenpoep");
        assertTrue(fixture.describer.joinable(fireworks, youths, all), "both frequent, always together");
        assertFalse(fixture.describer.joinable(fireworks, dogMess, all), "dog mess is rare and never with fireworks");
    }

    @Test
    void neverLetsStopWordsOrFillerFormALabel() {
        TextCluster filler = describeAll(List.of("Het is gewoon erg.", "Graag ook even.", "Het staat er nog steeds.",
                "Ook graag snel.", "Het is echt erg, graag.", "Mevrouw belt dat het er nog staat."));
        assertEquals(ClusteringTexts.NO_LABEL, filler.label());
        TextCluster topic = describeAll(List.of("Graag aandacht voor de hondenpoep, staat vol.",
                "Hondenpoep staat overal, graag ook boetes.", "Ook hier hondenpoep graag opruimen.",
                "Staat weer hondenpoep op de stoep.", "Graag meer hondenpoep bakken."));
        for (String word : topic.label().toLowerCase(Locale.ROOT).split("\\W+")) {
            assertFalse(Set.of("graag", "staat", "ook", "mevrouw", "belt").contains(word), topic.label());
        }
        assertTrue(topic.label().toLowerCase(Locale.ROOT).contains("hondenpoep"), topic.label());
    }

    @Test
    void labelsContentWordsAreSharedByMostMembers() {
        List<String> texts = List.of("Lantaarnpaal kapot in de Dorpsstraat", "lantaarnpaal brandt niet meer",
                "De lantaarnpaal bij de school knippert", "Lantaarnpaal staat scheef na aanrijding",
                "Het is donker, lantaarnpaal doet het niet", "Lamp kapot");
        Fixture fixture = new Fixture(texts);
        List<Integer> all = IntStream.range(0, texts.size()).boxed().toList();
        ClusterDescriber.Phrase best = fixture.describer.phrases(all).get(0);
        assertEquals("lantaarnpaal", best.surface());
        assertTrue(best.coverage() >= 0.8, "share " + best.coverage());
    }

    @Test
    void givesNoTwoClustersOfOneRunTheSameLabel() {
        LabelledCorpus corpus = LabelledCorpus.load();
        for (int k : List.of(10, 40)) {
            ClusteringResult result = new TextClusterer().cluster(corpus.inputs(), new ClusteringOptions(k, 3, List.of()));
            Set<String> labels = new HashSet<>();
            for (TextCluster cluster : result.clusters()) {
                assertTrue(labels.add(cluster.label().toLowerCase(Locale.ROOT)), "twice: " + cluster.label());
            }
        }
    }

    @Test
    void givesALaterClusterWhoseLabelIsTakenItsNextBestLabel() {
        List<String> texts = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> texts.add("Hondenpoep op de stoep bij de school " + i));
        IntStream.range(0, 4).forEach(i -> texts.add("Hondenpoep in het park bij de vijver " + i));
        Fixture fixture = new Fixture(texts);
        float[] centre = new float[fixture.built.vocabulary().dimension()];
        TextCluster first = fixture.describer.describe(List.of(0, 1, 2, 3), centre, false, null);
        TextCluster second = fixture.describer.describe(List.of(4, 5, 6, 7), centre, false, null);
        List<TextCluster> distinct = fixture.describer.distinctLabels(List.of(first, second));
        assertFalse(distinct.get(0).label().equalsIgnoreCase(distinct.get(1).label()),
                distinct.get(0).label() + " / " + distinct.get(1).label());
        assertEquals(first.label(), distinct.get(0).label(), "the first keeps its label");
    }

    private static ClusterDescriber.Phrase find(List<ClusterDescriber.Phrase> phrases, String surface) {
        return phrases.stream().filter(p -> p.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no phrase " + surface + " in " + phrases));
    }

    private static TextCluster describeAll(List<String> texts) {
        Fixture fixture = new Fixture(texts);
        List<Integer> all = IntStream.range(0, texts.size()).boxed().toList();
        float[] centre = new float[fixture.built.vocabulary().dimension()];
        for (SparseVector vector : fixture.built.vectors()) {
            vector.addTo(centre, 1f);
        }
        SparseVector.normalise(centre);
        return fixture.describer.describe(all, centre, false, null);
    }

    /** A describer over the texts as inputs 1…n. */
    private static final class Fixture {
        final Vocabulary.Built built;
        final ClusterDescriber describer;

        Fixture(List<String> texts) {
            List<ClusterInput> inputs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                inputs.add(new ClusterInput(i + 1, texts.get(i)));
            }
            built = Vocabulary.build(texts, List.of());
            describer = new ClusterDescriber(built.vocabulary(), built.vectors(), inputs);
        }
    }
}
