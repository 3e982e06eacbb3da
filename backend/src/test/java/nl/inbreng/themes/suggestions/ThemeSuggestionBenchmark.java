package nl.inbreng.themes.suggestions;

import nl.inbreng.evaluation.Baseline;
import nl.inbreng.evaluation.EvaluationCorpora;
import nl.inbreng.evaluation.Splits;
import nl.inbreng.evaluation.TopK;
import nl.inbreng.evaluation.VngTaxonomy;
import nl.inbreng.search.DutchAnalysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Not a test: the theme-suggestion benchmark of issue 13, the classifier on its own (the same themes and tagged
 * inputs that production would hand it, without the database). For each corpus, tagged share and seed, Inbreng's
 * suggestions and the two plain baselines are trained on the same tagged inputs and scored on all the others, in the
 * same run. The end-to-end protocol (import + HTTP) is {@link ThemeSuggestionProtocolBenchmark}.
 * Run: see docs/benchmarks.md ("Issue 13: theme suggestions"). Options: -Dbench.corpora=demo,relabelled,meldingen
 * -Dbench.fractions=0.05,0.2,0.5 -Dbench.seeds=1,2,3
 */
public final class ThemeSuggestionBenchmark {

    private static final String IMPORT_CODE_PREFIX = "I.1.";

    private ThemeSuggestionBenchmark() {
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("bench.timing")) {
            timing();
            return;
        }
        List<String> corpora = List.of(System.getProperty("bench.corpora", "demo,relabelled,meldingen").split(","));
        double[] fractions = doubles(System.getProperty("bench.fractions", "0.05,0.2,0.5"));
        long[] seeds = java.util.Arrays.stream(System.getProperty("bench.seeds", "1,2,3").split(","))
                .mapToLong(Long::parseLong).toArray();
        StringBuilder table = new StringBuilder("""
                | corpus | tagged | seeds | Inbreng top-1 | Inbreng top-3 | kNN-10 top-1 | kNN-10 top-3 | SVM top-1 | SVM top-3 | training ms (mean) |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                """);
        for (EvaluationCorpora.Corpus corpus : EvaluationCorpora.all()) {
            if (!corpora.contains(corpus.name())) {
                continue;
            }
            Catalogue catalogue = Catalogue.of(corpus);
            for (double fraction : fractions) {
                TopK ours = new TopK();
                TopK knn = new TopK();
                TopK svm = new TopK();
                long millis = 0;
                for (long seed : seeds) {
                    boolean[] tagged = Splits.tagged(corpus.labels(), fraction, seed);
                    List<ThemeClassifier.Example> examples = new ArrayList<>();
                    List<String> trainTexts = new ArrayList<>();
                    List<String> trainLabels = new ArrayList<>();
                    for (int i = 0; i < corpus.size(); i++) {
                        if (tagged[i]) {
                            examples.add(new ThemeClassifier.Example(i, corpus.texts().get(i),
                                    List.of(catalogue.codeOf.get(corpus.labels().get(i)))));
                            trainTexts.add(corpus.texts().get(i));
                            trainLabels.add(corpus.labels().get(i));
                        }
                    }
                    long started = System.nanoTime();
                    ThemeClassifier model = ThemeClassifier.train(catalogue.analysis, catalogue.themes, examples);
                    millis += (System.nanoTime() - started) / 1_000_000;
                    Baseline knnModel = Baseline.knn(trainTexts, trainLabels);
                    Baseline svmModel = Baseline.svm(trainTexts, trainLabels);
                    for (int i = 0; i < corpus.size(); i++) {
                        if (tagged[i]) {
                            continue;
                        }
                        String text = corpus.texts().get(i);
                        String gold = corpus.labels().get(i);
                        ours.add(model.suggest(text, 3).stream().map(s -> catalogue.labelOf(s.code())).toList(), gold);
                        knn.add(knnModel.rank(text), gold);
                        svm.add(svmModel.rank(text), gold);
                    }
                    for (String fixed : System.getProperty("bench.fixed", "").split(";")) {
                        if (fixed.isBlank()) {
                            continue;
                        }
                        double[] v = doubles(fixed);
                        ThemeClassifier.Settings settings = new ThemeClassifier.Settings(v[0], v[1], v[2], v[3], v[4], v[5]);
                        ThemeClassifier variant = ThemeClassifier.train(catalogue.analysis, catalogue.themes, examples, settings);
                        TopK k = new TopK();
                        for (int i = 0; i < corpus.size(); i++) {
                            if (!tagged[i]) {
                                k.add(variant.suggest(corpus.texts().get(i), 3).stream().map(s -> catalogue.labelOf(s.code())).toList(),
                                        corpus.labels().get(i));
                            }
                        }
                        System.err.printf(Locale.ROOT, "  fixed %s: %.3f %.3f%n", settings, k.top1(), k.top3());
                    }
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.err.printf(Locale.ROOT, "%s %.2f seed %d: %s cv top1 %.3f top3 %.3f%n", corpus.name(),
                                fraction, seed, model.settings(), model.validation().top1(), model.validation().top3());
                    }
                }
                String row = String.format(Locale.ROOT, "| %s | %d%% | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d |%n",
                        corpus.name(), Math.round(fraction * 100), seeds.length, ours.top1(), ours.top3(), knn.top1(),
                        knn.top3(), svm.top1(), svm.top3(), millis / seeds.length);
                System.out.print(row);
                table.append(row);
            }
        }
        System.out.println();
        System.out.println(table);
    }

    /**
     * Training time at production size: every input of corpora (b) and (c) tagged (2,432 inputs, 26 categories beside
     * the VNG themes), trained three times; prints each time and the median. Cross-validation included.
     */
    private static void timing() {
        EvaluationCorpora.Corpus meldingen = EvaluationCorpora.meldingen();
        EvaluationCorpora.Corpus relabelled = EvaluationCorpora.relabelled();
        List<String> texts = new ArrayList<>(meldingen.texts());
        texts.addAll(relabelled.texts());
        List<String> labels = new ArrayList<>(meldingen.labels());
        labels.addAll(relabelled.labels());
        EvaluationCorpora.Corpus both = new EvaluationCorpora.Corpus("timing", texts, labels);
        Catalogue catalogue = Catalogue.of(both);
        List<ThemeClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < both.size(); i++) {
            examples.add(new ThemeClassifier.Example(i, texts.get(i), List.of(catalogue.codeOf.get(labels.get(i)))));
        }
        long[] millis = new long[3];
        for (int run = 0; run < millis.length; run++) {
            // Process CPU time: on a shared machine the wall clock says more about the neighbours than about us.
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long phase = os.getProcessCpuTime();
            ThemeClassifier.Training training = ThemeClassifier.Training.of(catalogue.analysis, catalogue.themes, examples);
            long features = (os.getProcessCpuTime() - phase) / 1_000_000;
            phase = os.getProcessCpuTime();
            CrossValidation.choose(training);
            long validation = (os.getProcessCpuTime() - phase) / 1_000_000;
            phase = os.getProcessCpuTime();
            ThemeClassifier.train(catalogue.analysis, catalogue.themes, examples, ThemeClassifier.Settings.FALLBACK);
            System.out.printf(Locale.ROOT, "  CPU time (all threads): features %d ms (%d features), cross-validation %d ms, "
                    + "features + final model %d ms%n", features, training.space().size(), validation,
                    (os.getProcessCpuTime() - phase) / 1_000_000);
            long started = System.nanoTime();
            ThemeClassifier model = ThemeClassifier.train(catalogue.analysis, catalogue.themes, examples);
            millis[run] = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(Locale.ROOT, "training on %d tagged inputs, %d themes: %d ms (%s)%n", examples.size(),
                    catalogue.themes.size(), millis[run], model.settings());
        }
        java.util.Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "median %d ms, %d processors%n", millis[1], Runtime.getRuntime().availableProcessors());
    }

    /**
     * The themes production would train on: the VNG themes as the migration stores them plus the built-in resident
     * vocabulary, and, for a corpus with category names, each name that is not a VNG theme name as a theme of an
     * import (name only, as the import creates it).
     */
    private record Catalogue(List<ThemeClassifier.ThemeText> themes, DutchAnalysis analysis, Map<String, String> codeOf,
                             Map<String, String> labelByCode) {

        static Catalogue of(EvaluationCorpora.Corpus corpus) {
            List<ThemeClassifier.ThemeText> database = new ArrayList<>();
            Map<String, String> vngByName = new HashMap<>();
            for (VngTaxonomy.Theme t : VngTaxonomy.themes()) {
                database.add(new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), t.exampleWords()));
                vngByName.put(key(t.name()), t.code());
            }
            Map<String, String> codeOf = new LinkedHashMap<>();
            boolean codes = corpus.name().equals("demo");
            for (String label : corpus.categories()) {
                if (codes) {
                    codeOf.put(label, label);
                } else if (vngByName.containsKey(key(label))) {
                    codeOf.put(label, vngByName.get(key(label)));
                } else {
                    String code = IMPORT_CODE_PREFIX + (codeOf.size() + 1);
                    codeOf.put(label, code);
                    database.add(new ThemeClassifier.ThemeText(code, label, null, null));
                }
            }
            List<ThemeClassifier.ThemeText> themes = ThemeVocabulary.builtIn().enrich(database);
            DutchAnalysis analysis = DutchAnalysis.withExtraWords(
                    themes.stream().map(ThemeClassifier.ThemeText::exampleWords).filter(Objects::nonNull).toList());
            Map<String, String> labelByCode = new HashMap<>();
            codeOf.forEach((label, code) -> labelByCode.put(code, label));
            return new Catalogue(themes, analysis, codeOf, labelByCode);
        }

        /** A suggested theme that is not one of the corpus's categories counts as a miss. */
        String labelOf(String code) {
            return labelByCode.getOrDefault(code, "(other theme " + code + ")");
        }
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static double[] doubles(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
