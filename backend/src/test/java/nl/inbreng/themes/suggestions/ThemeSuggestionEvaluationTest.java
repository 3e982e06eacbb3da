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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline evaluation of theme suggestions on the labelled demo corpus: a seeded, per-theme stratified 20% is the
 * training set (tagged inputs), the other 80% is scored once. Settings are tuned by cross-validation inside the
 * training part only, so the scored part never steers the model. Prints the table for docs/benchmarks.md and
 * writes it to target/theme-suggestions-evaluation.md.
 */
@MicronautTest(transactional = false)
class ThemeSuggestionEvaluationTest extends RealDatabaseTest {

    private static final long SEED = 20_270_301L;
    private static final int FOLDS = 5;
    /** What production used before the resident vocabulary (ADR 0042), re-run for comparison. */
    private static final ThemeClassifier.Settings PREVIOUS_DEFAULT = new ThemeClassifier.Settings(10, 1e-2, 20);
    /** Production settings of the third wave (ADR 0086): no veld smoothing, secondary themes at half weight. */
    private static final ThemeClassifier.Settings THIRD_WAVE = new ThemeClassifier.Settings(20, 1e-2, 20);

    @Inject
    ThemaRepository themes;
    @Inject
    ObjectMapper json;

    @Test
    void suggestionsBeatThePlainTfidfBaselineOnTheDemoCorpus() throws Exception {
        List<Thema> catalogue = themes.findByActiveOrderByPosition(true);
        List<CorpusEntry> corpus = DemoCorpus.load(json);
        List<CorpusEntry> train = new ArrayList<>();
        List<CorpusEntry> test = new ArrayList<>();
        split(corpus, 0.2f, train, test);
        List<ThemeClassifier.Example> examples = examples(train);
        // As in production: the database theme texts plus the built-in resident vocabulary, and an analysis whose
        // compound dictionary knows those words. Nothing here is derived from the corpus.
        List<ThemeClassifier.ThemeText> databaseTexts = catalogue.stream()
                .map(t -> new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), t.exampleWords())).toList();
        List<ThemeClassifier.ThemeText> texts = ThemeVocabulary.builtIn().enrich(databaseTexts);
        DutchAnalysis analysis = analysisOf(texts);
        DutchAnalysis databaseAnalysis = analysisOf(databaseTexts);

        // Tuning sees only the training part: 5-fold cross-validation over a small grid.
        List<ThemeClassifier.Validation> validations = ThemeClassifier.crossValidate(
                analysis, texts, examples, ThemeClassifier.Settings.grid(), FOLDS);
        ThemeClassifier.Settings chosen = ThemeClassifier.best(validations);

        // Then every model is trained once on the whole training part and the held-out part is scored once.
        long started = System.nanoTime();
        ThemeClassifier model = ThemeClassifier.train(analysis, texts, examples, chosen);
        long trainingMillis = (System.nanoTime() - started) / 1_000_000;
        ThemeClassifier shipped = ThemeClassifier.train(analysis, texts, examples, ThemeClassifier.Settings.DEFAULT);
        ThemeClassifier thirdWave = ThemeClassifier.train(analysis, texts, examples, THIRD_WAVE);
        ThemeClassifier wordsOnly = ThemeClassifier.train(analysis, texts, List.of(), chosen);
        ThemeClassifier previous = ThemeClassifier.train(databaseAnalysis, databaseTexts, examples, PREVIOUS_DEFAULT);
        LegacyBlendClassifier legacy = LegacyBlendClassifier.train(databaseAnalysis, databaseTexts, examples);
        TfidfCentroidBaseline baseline = new TfidfCentroidBaseline(examples);

        Score ours = score(test, text -> codes(model.suggest(text, ThemeSuggestions.TOP)));
        Score production = score(test, text -> codes(shipped.suggest(text, ThemeSuggestions.TOP)));
        Score unsmoothed = score(test, text -> codes(thirdWave.suggest(text, ThemeSuggestions.TOP)));
        Score noTagged = score(test, text -> codes(wordsOnly.suggest(text, ThemeSuggestions.TOP)));
        Score before = score(test, text -> codes(previous.suggest(text, ThemeSuggestions.TOP)));
        Score old = score(test, text -> codes(legacy.suggest(text, ThemeSuggestions.TOP)));
        Score plain = score(test, baseline::rank);

        started = System.nanoTime();
        ThemeClassifier.train(analysis, texts, corpus.stream()
                .map(e -> new ThemeClassifier.Example(text(e), e.themes())).toList());
        long fullCorpusMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        test.forEach(entry -> shipped.suggest(text(entry), ThemeSuggestions.TOP));
        double millisPerSuggestion = (System.nanoTime() - started) / 1e6 / test.size();

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                Theme suggestions on the demo corpus (%d inputs, %d themes): %d training (20%%, stratified, seed %d), %d scored once.
                A hit counts when the gold primary theme is in the top k ("any gold" also accepts a secondary gold theme).
                Settings chosen by %d-fold cross-validation inside the training part: %s.

                | model | top-1 | top-3 | top-3 any gold |
                | --- | --- | --- | --- |
                """, corpus.size(), catalogue.size(), train.size(), SEED, test.size(), FOLDS, chosen));
        row(table, "Inbreng ThemeClassifier (theme texts + resident vocabulary prior, SGD softmax, veld smoothing, CV-tuned)", ours);
        if (!chosen.equals(ThemeClassifier.Settings.DEFAULT)) {
            row(table, "same, production defaults " + ThemeClassifier.Settings.DEFAULT, production);
        }
        row(table, "same, without veld smoothing, secondary themes at 0.5 (third-wave settings " + THIRD_WAVE + ")",
                unsmoothed);
        row(table, "same, theme texts only (no tagged inputs)", noTagged);
        row(table, "previous model: database example words only, settings " + PREVIOUS_DEFAULT, before);
        row(table, "old blend (first wave, weights picked on the scored part; database example words only)", old);
        row(table, "baseline: plain TF-IDF nearest centroid (tagged inputs)", plain);
        table.append(String.format(Locale.ROOT, """

                Training time: %d ms on the %d training inputs, %d ms on all %d inputs; %.2f ms per suggestion
                (production defaults, mean over the scored part). One run, informative only.

                Cross-validation inside the training part (mean over the folds; the scored part is not used here):

                | prior strength | L2 | epochs | veld smoothing | secondary weight | CV top-1 | CV top-3 |
                | --- | --- | --- | --- | --- | --- | --- |
                """, trainingMillis, train.size(), fullCorpusMillis, corpus.size(), millisPerSuggestion));
        for (ThemeClassifier.Validation v : validations) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %.3f | %.3f |%n",
                    v.settings().priorStrength(), v.settings().l2(), v.settings().epochs(), v.settings().veldSmoothing(),
                    v.settings().secondaryWeight(), v.top1(), v.top3()));
        }
        learningCurve(table, corpus, analysis, texts);
        System.out.println(table);
        Files.writeString(Path.of("target", "theme-suggestions-evaluation.md"), table);

        for (CorpusEntry entry : test) {
            List<ThemeClassifier.Suggestion> suggestions = model.suggest(text(entry), ThemeSuggestions.TOP);
            assertTrue(suggestions.size() <= ThemeSuggestions.TOP, "at most three suggestions");
            for (int i = 1; i < suggestions.size(); i++) {
                assertTrue(suggestions.get(i - 1).score() >= suggestions.get(i).score(), "best first");
            }
            suggestions.forEach(s -> assertTrue(s.score() >= 0 && s.score() <= 1, "score between 0 and 1"));
        }
        assertTrue(ours.top3 > plain.top3, table.toString());
        assertTrue(ours.top1 > plain.top1, table.toString());
    }

    /**
     * What the werkgroep gains by tagging more: the production model trained on 20%, 40% and 60% of the corpus and
     * scored on the rest. The same seeded, per-theme shuffle as the main split, so each training part contains the
     * smaller ones (20% is exactly the main training part). Nothing is tuned here.
     */
    private static void learningCurve(StringBuilder table, List<CorpusEntry> corpus, DutchAnalysis analysis,
                                      List<ThemeClassifier.ThemeText> texts) {
        table.append(String.format(Locale.ROOT, """

                Learning curve (production defaults %s, trained on a share of the corpus, scored on the rest;
                the 20%% row is the main split above):

                | tagged share | training inputs | scored inputs | top-1 | top-3 | top-3 any gold |
                | --- | --- | --- | --- | --- | --- |
                """, ThemeClassifier.Settings.DEFAULT));
        for (float share : new float[]{0.2f, 0.4f, 0.6f}) {
            List<CorpusEntry> train = new ArrayList<>();
            List<CorpusEntry> test = new ArrayList<>();
            split(corpus, share, train, test);
            ThemeClassifier model = ThemeClassifier.train(analysis, texts, examples(train));
            Score s = score(test, text -> codes(model.suggest(text, ThemeSuggestions.TOP)));
            table.append(String.format(Locale.ROOT, "| %d%% | %d | %d | %.3f | %.3f | %.3f |%n",
                    Math.round(share * 100), train.size(), test.size(), s.top1, s.top3, s.top3Any));
        }
    }

    /** A seeded, per-primary-theme stratified split: {@code share} of every theme's inputs goes to training. */
    private static void split(List<CorpusEntry> corpus, float share, List<CorpusEntry> train, List<CorpusEntry> test) {
        Map<String, List<CorpusEntry>> byPrimary = new LinkedHashMap<>();
        corpus.forEach(e -> byPrimary.computeIfAbsent(e.themes().get(0), k -> new ArrayList<>()).add(e));
        Random random = new Random(SEED);
        for (List<CorpusEntry> group : byPrimary.values()) {
            List<CorpusEntry> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int cut = Math.max(1, Math.round(shuffled.size() * share));
            train.addAll(shuffled.subList(0, cut));
            test.addAll(shuffled.subList(cut, shuffled.size()));
        }
    }

    private static List<ThemeClassifier.Example> examples(List<CorpusEntry> entries) {
        return entries.stream().map(e -> new ThemeClassifier.Example(text(e), e.themes())).toList();
    }

    private static DutchAnalysis analysisOf(List<ThemeClassifier.ThemeText> texts) {
        return DutchAnalysis.withExtraWords(
                texts.stream().map(ThemeClassifier.ThemeText::exampleWords).filter(Objects::nonNull).toList());
    }

    private static List<String> codes(List<ThemeClassifier.Suggestion> suggestions) {
        return suggestions.stream().map(ThemeClassifier.Suggestion::code).toList();
    }

    private static void row(StringBuilder table, String name, Score s) {
        table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", name, s.top1, s.top3, s.top3Any));
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
