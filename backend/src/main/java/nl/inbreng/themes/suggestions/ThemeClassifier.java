package nl.inbreng.themes.suggestions;

import io.micronaut.core.annotation.Nullable;
import nl.inbreng.search.DutchAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests themes for a text, learning from the inputs this installation's werkgroep tagged (ADR 0100). Features:
 * words, Dutch stems and compound parts, word pairs and character 3-5-grams (see {@link TextFeatures}). A one-vs-rest
 * linear SVM learns from the tagged inputs, the most similar tagged inputs add their vote, and the theme texts (name,
 * description, example words, resident vocabulary) are a prior that fades per theme as its tagged inputs grow (see
 * {@link Blend}). The settings are chosen by cross-validation inside the tagged inputs at every training
 * ({@link CrossValidation}). Deterministic: the same themes and tagged inputs give the same model. Each suggestion
 * carries its explanation: the words that drove it and the most similar tagged inputs of that theme.
 */
public final class ThemeClassifier {

    /** How many of the most similar tagged inputs vote. */
    static final int NEIGHBOURS = 10;
    /** How much a secondary theme of a tagged input counts as a positive, next to 1 for its primary theme. */
    static final double SECONDARY_WEIGHT = 0.5;
    private static final int EXPLAINED_WORDS = 5;
    private static final int SIMILAR_SHOWN = 3;
    private static final int SNIPPET_LENGTH = 90;
    private static final double SCORE_PRECISION = 1000;
    private static final long NO_INPUT = Long.MIN_VALUE;

    private final Training training;
    private final Settings settings;
    private final Validation validation;
    private final LinearSvm svm;
    /** For each theme its SVM, or -1 when nobody tagged the theme. */
    private final int[] svmOf;
    private final NeighbourIndex neighbours;

    private ThemeClassifier(Training training, Settings settings, Validation validation) {
        this.training = training;
        this.settings = settings;
        this.validation = validation;
        this.svmOf = new int[training.codes().size()];
        List<Integer> trained = new ArrayList<>();
        for (int c = 0; c < svmOf.length; c++) {
            svmOf[c] = training.taggedCount()[c] > 0 ? trained.size() : -1;
            if (svmOf[c] >= 0) {
                trained.add(c);
            }
        }
        double[][] strength = trained.stream().map(c -> training.strength()[c]).toArray(double[][]::new);
        this.svm = LinearSvm.train(training.rows(), strength, training.space().size(), settings.misfitPenalty());
        this.neighbours = new NeighbourIndex(training.rows(), training.space().size());
    }

    /** What the municipality wrote about a theme. */
    public record ThemeText(String code, String name, @Nullable String description, @Nullable String exampleWords) {
    }

    /** A tagged input; the first label is the primary theme. {@code id} is the input's number (-1: not stored). */
    public record Example(long id, String text, List<String> labels) {

        public Example(String text, List<String> labels) {
            this(-1, text, labels);
        }
    }

    /** A suggested theme with a score between 0 and 1, and why. */
    public record Suggestion(String code, double score, Explanation explanation) {
    }

    /**
     * Why a theme is suggested: how many tagged inputs the theme has, which share of its score came from the theme's
     * own text (the prior) rather than from tagged inputs, the words of the text that pushed it most, and the most
     * similar inputs tagged with it.
     */
    public record Explanation(int taggedInputs, double fromThemeText, List<String> words, List<SimilarInput> similar) {
    }

    /** A tagged input like the text, by number, with the start of its text and its cosine similarity. */
    public record SimilarInput(long id, String snippet, double similarity) {
    }

    /**
     * The model's settings, chosen by cross-validation at each training: the SVM's misfit penalty (C), the sharpness
     * of the softmax over its decision values, the weight of the nearest tagged inputs' vote, the strength of the
     * theme-text prior, how quickly the prior fades per theme (its weight is fade / (fade + tagged inputs)) and the
     * veld smoothing of ADR 0089.
     */
    public record Settings(double misfitPenalty, double sharpness, double neighbourWeight, double priorStrength,
                           double priorFade, double veldSmoothing) {

        /**
         * Used when there are too few tagged inputs to cross-validate: the theme texts carry the model then, so the
         * values matter little; these are the most common choice of the cross-validation on the evaluation corpora.
         */
        public static final Settings FALLBACK = new Settings(1, 4, 0.25, 20, 4, 0.3);
    }

    /** What the cross-validation found: the chosen settings and their mean top-1 and top-3 on the held-out folds. */
    public record Validation(Settings chosen, double top1, double top3, int folds, int examples, int candidates) {

        static Validation notRun(Settings settings, int examples) {
            return new Validation(settings, Double.NaN, Double.NaN, 0, examples, 1);
        }
    }

    /** Trains on the theme texts and tagged inputs with settings chosen by cross-validation inside the tagged inputs. */
    public static ThemeClassifier train(DutchAnalysis analysis, List<ThemeText> themes, List<Example> examples) {
        Training training = Training.of(analysis, themes, examples);
        Validation validation = CrossValidation.choose(training);
        return new ThemeClassifier(training, validation.chosen(), validation);
    }

    /** Trains with fixed settings (no cross-validation). */
    public static ThemeClassifier train(DutchAnalysis analysis, List<ThemeText> themes, List<Example> examples,
                                        Settings settings) {
        Training training = Training.of(analysis, themes, examples);
        return new ThemeClassifier(training, settings, Validation.notRun(settings, training.rows().size()));
    }

    public Settings settings() {
        return settings;
    }

    public Validation validation() {
        return validation;
    }

    /** The best {@code limit} themes for the text, best first, each with its explanation. */
    public List<Suggestion> suggest(String text, int limit) {
        return suggest(text, limit, NO_INPUT);
    }

    /** As {@link #suggest(String, int)} for a stored input, which is then not shown as similar to itself. */
    public List<Suggestion> suggest(String text, int limit, long inputId) {
        Map<String, Integer> counts = training.features().count(text);
        SparseVector x = training.space().vector(counts);
        double[] similarity = neighbours.similarities(x);
        double[] decision = decisions(x);
        double[] model = Blend.tagged(decision, settings.sharpness());
        double[] votes = votes(NeighbourIndex.best(similarity, NEIGHBOURS, null));
        double[] prior = Blend.prior(cosines(x), settings.priorStrength());
        double[] shares = Blend.priorShares(settings.priorFade(), training.taggedCount());
        double[] score = Blend.scores(model, votes, prior, shares, settings, training.veldOf());
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < score.length; c++) {
            order.add(c);
        }
        order.sort(Comparator.<Integer>comparingDouble(c -> -score[c]).thenComparingInt(c -> c));
        List<Suggestion> ranked = new ArrayList<>();
        for (int c : order.subList(0, Math.min(limit, order.size()))) {
            double share = shares[c];
            double data = (1 - settings.neighbourWeight()) * model[c] + settings.neighbourWeight() * votes[c];
            double fromPrior = share * prior[c] / Math.max(share * prior[c] + (1 - share) * data, Double.MIN_NORMAL);
            Explanation explanation = new Explanation(training.taggedCount()[c], round(fromPrior),
                    words(text, x, c, share), similar(similarity, c, inputId));
            ranked.add(new Suggestion(training.codes().get(c), round(score[c]), explanation));
        }
        return ranked;
    }

    private double[] decisions(SparseVector x) {
        double[] decision = new double[svmOf.length];
        for (int c = 0; c < decision.length; c++) {
            decision[c] = svmOf[c] < 0 ? Double.NaN : svm.decision(svmOf[c], x);
        }
        return decision;
    }

    private double[] votes(List<NeighbourIndex.Neighbour> nearest) {
        return votes(nearest, training.primary(), training.codes().size());
    }

    /** The similarity-weighted vote of the nearest tagged inputs for their primary themes, adding up to 1 (or all 0). */
    static double[] votes(List<NeighbourIndex.Neighbour> nearest, int[] primaryOfRow, int themes) {
        double[] votes = new double[themes];
        double total = 0;
        for (NeighbourIndex.Neighbour n : nearest) {
            votes[primaryOfRow[n.row()]] += n.similarity();
            total += n.similarity();
        }
        if (total > 0) {
            for (int c = 0; c < themes; c++) {
                votes[c] /= total;
            }
        }
        return votes;
    }

    private double[] cosines(SparseVector x) {
        return training.profileIndex().similarities(x);
    }

    /**
     * The words of the text that pushed the theme most: per word, what its own features (the word, its stems and
     * compound parts, its character grams) add to the theme's SVM decision (scaled by the share of the tagged inputs)
     * and to its likeness to the theme text (scaled by the share of the prior).
     */
    private List<String> words(String text, SparseVector x, int theme, double priorShare) {
        Map<String, Double> contribution = new LinkedHashMap<>();
        SparseVector profile = training.profiles().get(theme);
        for (String word : TextFeatures.words(text)) {
            if (contribution.containsKey(word)) {
                continue;
            }
            double sum = 0;
            for (String feature : training.features().countWord(word).keySet()) {
                int f = training.space().indexOf(feature);
                double value = f < 0 ? 0 : valueAt(x, f);
                if (value == 0) {
                    continue;
                }
                if (svmOf[theme] >= 0) {
                    sum += (1 - priorShare) * settings.sharpness() * svm.weight(svmOf[theme], f) * value;
                }
                sum += priorShare * settings.priorStrength() * valueAt(profile, f) * value;
            }
            contribution.put(word, sum);
        }
        return contribution.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(EXPLAINED_WORDS).map(Map.Entry::getKey).toList();
    }

    private List<SimilarInput> similar(double[] similarity, int theme, long inputId) {
        List<SimilarInput> similar = new ArrayList<>();
        for (NeighbourIndex.Neighbour n : NeighbourIndex.best(similarity, SIMILAR_SHOWN + 1, training.labelled()[theme])) {
            Example example = training.examples().get(n.row());
            if (example.id() == inputId || similar.size() == SIMILAR_SHOWN) {
                continue;
            }
            similar.add(new SimilarInput(example.id(), snippet(example.text()), round(n.similarity())));
        }
        return similar;
    }

    private static double valueAt(SparseVector v, int feature) {
        int at = Arrays.binarySearch(v.index(), feature);
        return at < 0 ? 0 : v.value()[at];
    }

    static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "…";
    }

    private static double round(double value) {
        return Math.round(value * SCORE_PRECISION) / SCORE_PRECISION;
    }

    /** "1.3" belongs to veld 1 and "S.2" to S; a code with no dot or several ("I.12.3", from an import) to itself. */
    static String veldCode(String themeCode) {
        int dot = themeCode.indexOf('.');
        return dot < 0 || themeCode.indexOf('.', dot + 1) >= 0 ? themeCode : themeCode.substring(0, dot);
    }

    /**
     * Everything the model and the cross-validation learn from, computed once: the features, the theme texts'
     * vectors (profiles), the tagged inputs' vectors with their themes, and the veld of each theme.
     *
     * @param strength    per theme and tagged input: 1 primary, {@link #SECONDARY_WEIGHT} secondary, 0 not tagged so
     * @param labelled    per theme and tagged input: tagged with the theme at all
     * @param taggedCount  per theme: the number of tagged inputs that carry it
     * @param profileIndex the theme texts by feature: a text's cosine to every theme text in one pass
     */
    record Training(TextFeatures features, FeatureSpace space, List<String> codes, List<SparseVector> profiles,
                    NeighbourIndex profileIndex, List<Example> examples, List<SparseVector> rows, int[] primary,
                    double[][] strength, boolean[][] labelled, int[] taggedCount, int[][] veldOf) {

        static Training of(DutchAnalysis analysis, List<ThemeText> themes, List<Example> examples) {
            TextFeatures features = new TextFeatures(analysis);
            List<String> codes = themes.stream().map(ThemeText::code).toList();
            Map<String, Integer> classOf = new HashMap<>();
            for (int c = 0; c < codes.size(); c++) {
                classOf.putIfAbsent(codes.get(c), c);
            }
            // Inputs tagged only with themes that are no longer active teach nothing here.
            List<Example> kept = examples.stream()
                    .filter(e -> e.labels().stream().anyMatch(classOf::containsKey)).toList();
            List<Map<String, Integer>> themeCounts = themes.stream().map(t -> features.count(themeDocument(t))).toList();
            List<Map<String, Integer>> exampleCounts = kept.stream().map(e -> features.count(e.text())).toList();
            List<Map<String, Integer>> all = new ArrayList<>(themeCounts);
            all.addAll(exampleCounts);
            FeatureSpace space = FeatureSpace.of(all);
            List<SparseVector> profiles = themeCounts.stream().map(space::vector).toList();
            List<SparseVector> rows = exampleCounts.stream().map(space::vector).toList();
            int[] primary = new int[kept.size()];
            double[][] strength = new double[codes.size()][kept.size()];
            boolean[][] labelled = new boolean[codes.size()][kept.size()];
            int[] taggedCount = new int[codes.size()];
            for (int i = 0; i < kept.size(); i++) {
                boolean first = true;
                for (String label : kept.get(i).labels()) {
                    Integer c = classOf.get(label);
                    if (c == null || labelled[c][i]) {
                        continue;
                    }
                    if (first) {
                        primary[i] = c;
                    }
                    strength[c][i] = first ? 1 : SECONDARY_WEIGHT;
                    labelled[c][i] = true;
                    taggedCount[c]++;
                    first = false;
                }
            }
            return new Training(features, space, codes, profiles, new NeighbourIndex(profiles, space.size()), kept, rows,
                    primary, strength, labelled, taggedCount, velden(codes));
        }

        /**
         * The veld of a theme is the part of its code before the dot, as in the VNG taxonomy (see veldCode); an
         * imported theme forms a veld of its own.
         */
        private static int[][] velden(List<String> codes) {
            Map<String, List<Integer>> byVeld = new HashMap<>();
            for (int c = 0; c < codes.size(); c++) {
                byVeld.computeIfAbsent(veldCode(codes.get(c)), k -> new ArrayList<>()).add(c);
            }
            int[][] veldOf = new int[codes.size()][];
            for (int c = 0; c < codes.size(); c++) {
                veldOf[c] = byVeld.get(veldCode(codes.get(c))).stream().mapToInt(Integer::intValue).toArray();
            }
            return veldOf;
        }

        private static String themeDocument(ThemeText theme) {
            String examples = theme.exampleWords() == null ? "" : theme.exampleWords();
            // Example words are the most telling text a theme has: they count double.
            return theme.name() + " " + (theme.description() == null ? "" : theme.description()) + " " + examples + " "
                    + examples;
        }
    }
}
