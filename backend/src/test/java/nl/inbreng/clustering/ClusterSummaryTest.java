package nl.inbreng.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summaries written from counts, phrases and central quotes; every sentence traceable to the inputs it speaks of. */
class ClusterSummaryTest {

    @Test
    void pointsEverySentenceAtMembersThatSayWhatItSays() {
        LabelledCorpus corpus = LabelledCorpus.load();
        Map<Long, String> texts = corpus.inputs().stream().collect(Collectors.toMap(ClusterInput::id, ClusterInput::text));
        for (ClusteringOptions options : List.of(ClusteringOptions.automatic(1, LabelledCorpus.themePriors()),
                new ClusteringOptions(12, 1, List.of()))) {
            ClusteringResult result = new TextClusterer().cluster(corpus.inputs(), options);
            for (TextCluster cluster : result.clusters()) {
                assertFalse(cluster.summary().isEmpty(), cluster.label());
                assertTrue(cluster.summary().get(0).text().startsWith(cluster.size() + " inzending"),
                        cluster.summary().get(0).text());
                for (SummarySentence sentence : cluster.summary()) {
                    assertFalse(sentence.sourceIds().isEmpty(), sentence.text());
                    assertTrue(cluster.memberIds().containsAll(sentence.sourceIds()), sentence.text());
                    String quote = quoted(sentence.text());
                    if (quote != null) {
                        for (long id : sentence.sourceIds()) {
                            assertTrue(squash(texts.get(id)).contains(squash(quote)), quote + " not in #" + id);
                        }
                    }
                }
            }
        }
    }

    @Test
    void countsNearlyIdenticalReportsAndQuotesOneOfThem() {
        List<ClusterInput> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inputs.add(new ClusterInput(i + 1, "Auto's op de stoep bij de Lindelaan, de doorgang is geblokkeerd."));
        }
        for (int i = 0; i < 8; i++) {
            inputs.add(new ClusterInput(100 + i, "Foutparkeerders op de stoep, kinderwagen kan er niet langs " + i));
        }
        ClusteringResult result = new TextClusterer().cluster(inputs, new ClusteringOptions(1, 1, List.of()));
        TextCluster cluster = result.clusters().get(0);
        String summary = cluster.summary().stream().map(SummarySentence::text).collect(Collectors.joining(" "));
        assertTrue(summary.startsWith("20 inzendingen, waarvan 12 bijna gelijk."), summary);
        SummarySentence nearlySame = cluster.summary().stream()
                .filter(s -> s.text().startsWith("12 inzendingen zeggen bijna hetzelfde")).findFirst().orElseThrow();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), nearlySame.sourceIds());
    }

    @Test
    void neverQuotesOrNamesFromAnInputWithUnreviewedSuspectedPersonalData() {
        List<ClusterInput> inputs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // The most central inputs may not be quoted; the quote must come from the others.
            inputs.add(new ClusterInput(i + 1, "Hondenpoep op het schoolplein, bel me op 0612345678", false));
        }
        for (int i = 0; i < 4; i++) {
            inputs.add(new ClusterInput(50 + i, "Veel hondenpoep op het schoolplein van de basisschool " + i, true));
        }
        inputs.add(new ClusterInput(99, "Hondenpoep bij de Akkerstraat 5 van meneer Pietersma", false));
        inputs.add(new ClusterInput(98, "Hondenpoep bij de Akkerstraat 5, Pietersma laat zijn hond uit", false));
        ClusteringResult result = new TextClusterer().cluster(inputs, new ClusteringOptions(1, 1, List.of()));
        for (TextCluster cluster : result.clusters()) {
            String words = (cluster.label() + " " + cluster.keyPhrases()).toLowerCase(Locale.ROOT);
            assertFalse(words.contains("akkerstraat") || words.contains("pietersma"), words);
            for (SummarySentence sentence : cluster.summary()) {
                assertFalse(sentence.text().contains("0612345678"), sentence.text());
                assertFalse(sentence.text().contains("Akkerstraat"), sentence.text());
                if (quoted(sentence.text()) != null) {
                    assertTrue(sentence.sourceIds().stream().allMatch(id -> id >= 50), sentence.toString());
                }
            }
        }
    }

    @Test
    void quotesAnInputFromTheCentreNotAnOutlier() {
        List<ClusterInput> inputs = new ArrayList<>();
        String[] parking = {"Auto's parkeren op de stoep bij school", "Foutparkeerders op de stoep in de Kerkstraat",
                "Busje parkeert elke dag op de stoep", "Parkeren op de stoep blokkeert de doorgang",
                "Auto's op de stoep, de rolstoel kan er niet langs", "Weer auto's geparkeerd op de stoep"};
        for (int i = 0; i < parking.length; i++) {
            inputs.add(new ClusterInput(i + 1, parking[i]));
        }
        inputs.add(new ClusterInput(99, "Lantaarnpaal is kapot bij de stoep"));
        ClusteringResult result = new TextClusterer().cluster(inputs, new ClusteringOptions(1, 1, List.of()));
        for (SummarySentence sentence : result.clusters().get(0).summary()) {
            assertFalse(sentence.text().contains("Lantaarnpaal"), sentence.text());
        }
        assertTrue(result.clusters().get(0).summary().stream().anyMatch(s -> quoted(s.text()) != null),
                "a central quote is given");
    }

    /** The text between the curly quotes of a sentence, without a trailing ellipsis, or null. */
    private static String quoted(String sentence) {
        int open = sentence.indexOf('\u201c');
        int close = sentence.lastIndexOf('\u201d');
        if (open < 0 || close < open) {
            return null;
        }
        return sentence.substring(open + 1, close).replace(" \u2026", "");
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
