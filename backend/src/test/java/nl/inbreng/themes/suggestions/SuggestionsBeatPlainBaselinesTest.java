package nl.inbreng.themes.suggestions;

import nl.inbreng.evaluation.Baseline;
import nl.inbreng.evaluation.EvaluationCorpora;
import nl.inbreng.evaluation.Splits;
import nl.inbreng.evaluation.TopK;
import nl.inbreng.evaluation.VngTaxonomy;
import nl.inbreng.search.DutchAnalysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small slice of the benchmark in the normal test run (the full table: ThemeSuggestionBenchmark, docs/benchmarks.md):
 * on the demo corpus with 20% tagged (one fixed split), the suggestions beat both plain baselines on the rest.
 */
class SuggestionsBeatPlainBaselinesTest {

    @Test
    void suggestionsBeatKnnAndSvmOnTheDemoCorpusWithAFifthTagged() {
        EvaluationCorpora.Corpus demo = EvaluationCorpora.demo();
        boolean[] tagged = Splits.tagged(demo.labels(), 0.2, 1);
        List<ThemeClassifier.ThemeText> themes = ThemeVocabulary.builtIn().enrich(VngTaxonomy.themes().stream()
                .map(t -> new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), t.exampleWords())).toList());
        DutchAnalysis analysis = DutchAnalysis.withExtraWords(
                themes.stream().map(ThemeClassifier.ThemeText::exampleWords).filter(Objects::nonNull).toList());
        List<ThemeClassifier.Example> examples = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < demo.size(); i++) {
            if (tagged[i]) {
                examples.add(new ThemeClassifier.Example(i, demo.texts().get(i), List.of(demo.labels().get(i))));
                texts.add(demo.texts().get(i));
                labels.add(demo.labels().get(i));
            }
        }

        ThemeClassifier model = ThemeClassifier.train(analysis, themes, examples);
        Baseline knn = Baseline.knn(texts, labels);
        Baseline svm = Baseline.svm(texts, labels);
        TopK ours = new TopK();
        TopK knnScore = new TopK();
        TopK svmScore = new TopK();
        for (int i = 0; i < demo.size(); i++) {
            if (!tagged[i]) {
                String text = demo.texts().get(i);
                ours.add(model.suggest(text, 3).stream().map(ThemeClassifier.Suggestion::code).toList(), demo.labels().get(i));
                knnScore.add(knn.rank(text), demo.labels().get(i));
                svmScore.add(svm.rank(text), demo.labels().get(i));
            }
        }

        String figures = String.format("ours %.3f/%.3f, kNN %.3f/%.3f, SVM %.3f/%.3f", ours.top1(), ours.top3(),
                knnScore.top1(), knnScore.top3(), svmScore.top1(), svmScore.top3());
        assertTrue(ours.top1() > Math.max(knnScore.top1(), svmScore.top1()), figures);
        assertTrue(ours.top3() > Math.max(knnScore.top3(), svmScore.top3()), figures);
    }
}
