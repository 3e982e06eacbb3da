package nl.inbreng.themes.suggestions;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.inbreng.demo.CorpusEntry;
import nl.inbreng.demo.DemoCorpus;
import nl.inbreng.search.DutchAnalysis;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline evaluation of theme suggestions on the labelled demo corpus: a seeded, per-theme stratified 20% is the
 * training set (tagged inputs), the other 80% is scored. Prints the table for docs/benchmarks/issue-4.md and writes it
 * to target/theme-suggestions-evaluation.md.
 */
@MicronautTest(transactional = false)
class ThemeSuggestionEvaluationTest extends RealDatabaseTest {

    private static final long SEED = 20_270_301L;

    @Inject
    ThemaRepository themes;
    @Inject
    ObjectMapper json;

    @Test
    void suggestionsBeatThePlainTfidfBaselineOnTheDemoCorpus() throws Exception {
        List<Thema> catalogue = themes.findByActiveOrderByPosition(true);
        List<CorpusEntry> corpus = DemoCorpus.load(json);
        Map<String, List<CorpusEntry>> byPrimary = new LinkedHashMap<>();
        corpus.forEach(e -> byPrimary.computeIfAbsent(e.themes().get(0), k -> new ArrayList<>()).add(e));
        Random random = new Random(SEED);
        List<CorpusEntry> train = new ArrayList<>();
        List<CorpusEntry> test = new ArrayList<>();
        for (List<CorpusEntry> group : byPrimary.values()) {
            List<CorpusEntry> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int cut = Math.max(1, Math.round(shuffled.size() * 0.2f));
            train.addAll(shuffled.subList(0, cut));
            test.addAll(shuffled.subList(cut, shuffled.size()));
        }
        List<ThemeClassifier.Example> examples = train.stream()
                .map(e -> new ThemeClassifier.Example(text(e), e.themes())).toList();
        DutchAnalysis analysis = DutchAnalysis.withExtraWords(
                catalogue.stream().map(Thema::exampleWords).filter(Objects::nonNull).toList());
        ThemeClassifier model = ThemeClassifier.train(analysis, catalogue.stream()
                .map(t -> new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), t.exampleWords())).toList(),
                examples);
        TfidfCentroidBaseline baseline = new TfidfCentroidBaseline(examples);
        ThemeClassifier wordsOnly = ThemeClassifier.train(analysis, catalogue.stream()
                .map(t -> new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), t.exampleWords())).toList(),
                List.of());

        List<ThemeClassifier.ThemeText> texts = catalogue.stream()
                .map(t -> new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), t.exampleWords())).toList();
        StringBuilder ablation = new StringBuilder("""

                Blend weights (theme words, centroid of tagged inputs, kNN, naive Bayes) on the same split:

                | weights | top-1 | top-3 | top-3 any gold |
                | --- | --- | --- | --- |
                """);
        for (double[] w : List.of(new double[]{1, 0, 0, 0}, new double[]{0, 1, 0, 0}, new double[]{0, 0, 1, 0},
                new double[]{0, 0, 0, 1}, new double[]{1, 0.8, 0.6, 1}, new double[]{0.5, 0.3, 0.3, 1},
                new double[]{0.3, 0, 0, 1}, new double[]{0.5, 0.5, 0, 1}, new double[]{1, 0, 0.5, 1})) {
            ThemeClassifier variant = ThemeClassifier.train(analysis, texts, examples, w);
            Score s = score(test, text -> variant.suggest(text, 3).stream().map(ThemeClassifier.Suggestion::code).toList());
            ablation.append(String.format(java.util.Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n",
                    java.util.Arrays.toString(w), s.top1, s.top3, s.top3Any));
        }
        Score ours = score(test, text -> model.suggest(text, 3).stream().map(ThemeClassifier.Suggestion::code).toList());
        Score plain = score(test, baseline::rank);
        Score noTagged = score(test, text -> wordsOnly.suggest(text, 3).stream().map(ThemeClassifier.Suggestion::code).toList());

        String table = String.format(java.util.Locale.ROOT, """
                Theme suggestions on the demo corpus (%d inputs, %d themes): %d training (20%%, stratified, seed %d), %d scored.
                A hit counts when the gold primary theme is in the top k ("any gold" also accepts a secondary gold theme).

                | model | top-1 | top-3 | top-3 any gold |
                | --- | --- | --- | --- |
                | Inbreng ThemeClassifier (theme words + tagged inputs) | %.3f | %.3f | %.3f |
                | same, theme words only (no tagged inputs) | %.3f | %.3f | %.3f |
                | baseline: plain TF-IDF nearest centroid (tagged inputs) | %.3f | %.3f | %.3f |
                """, corpus.size(), catalogue.size(), train.size(), SEED, test.size(),
                ours.top1, ours.top3, ours.top3Any, noTagged.top1, noTagged.top3, noTagged.top3Any,
                plain.top1, plain.top3, plain.top3Any) + ablation;
        System.out.println(table);
        Files.writeString(Path.of("target", "theme-suggestions-evaluation.md"), table);

        assertTrue(ours.top3 > plain.top3, table);
        assertTrue(ours.top1 > plain.top1, table);
    }

    private static String text(CorpusEntry e) {
        return e.problem() + (e.solution() == null ? "" : " " + e.solution());
    }

    private static Score score(List<CorpusEntry> test, Function<String, List<String>> ranker) {
        int top1 = 0;
        int top3 = 0;
        int top3Any = 0;
        for (CorpusEntry entry : test) {
            List<String> ranked = ranker.apply(text(entry));
            List<String> first3 = ranked.subList(0, Math.min(3, ranked.size()));
            String gold = entry.themes().get(0);
            if (!ranked.isEmpty() && ranked.get(0).equals(gold)) {
                top1++;
            }
            if (first3.contains(gold)) {
                top3++;
            }
            if (first3.stream().anyMatch(entry.themes()::contains)) {
                top3Any++;
            }
        }
        return new Score(top1 / (double) test.size(), top3 / (double) test.size(), top3Any / (double) test.size());
    }

    private record Score(double top1, double top3, double top3Any) {
    }
}
