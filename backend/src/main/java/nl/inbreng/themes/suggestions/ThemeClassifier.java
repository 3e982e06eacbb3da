package nl.inbreng.themes.suggestions;

import io.micronaut.core.annotation.Nullable;
import nl.inbreng.search.DutchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Suggests themes for a text. It learns from what the municipality wrote about each theme (name, description, example
 * words) and from every input the werkgroep has tagged. Features are TF-IDF over the Dutch search analysis (stems and
 * compound parts) plus character 3-5-grams, which survive misspellings ("mishandelling", "burenrusie"). The theme texts
 * give a prior (likeness to each theme's own words, as a fixed offset on the logits); a softmax linear model trained
 * with seeded SGD and L2 on the tagged inputs (and on the theme texts themselves) learns what the prior misses. The
 * scores are the softmax probabilities, lightly smoothed within each veiligheidsveld (ADR 0089), so they lie in 0..1
 * and add up to 1 over all themes.
 */
public final class ThemeClassifier {

    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    private static final double LEARNING_RATE = 0.5;
    private static final long SEED = 20_270_301L;

    private final Analyzer analyzer;
    private final Map<String, Integer> featureIndex;
    private final double[] idf;
    private final List<String> themeCodes;
    private final List<Sparse> profiles;
    /** Feature-major (all themes of one feature side by side), so a sparse row reads few cache lines. */
    private final double[] weights;
    private final double[] bias;
    private final Settings settings;
    /** For each theme, the themes of its veld (itself included). */
    private final int[][] veldOf;

    private ThemeClassifier(Analyzer analyzer, Map<String, Integer> featureIndex, double[] idf, List<String> themeCodes,
                            List<Sparse> profiles, double[] weights, double[] bias, Settings settings) {
        this.analyzer = analyzer;
        this.featureIndex = featureIndex;
        this.idf = idf;
        this.themeCodes = themeCodes;
        this.profiles = profiles;
        this.weights = weights;
        this.bias = bias;
        this.settings = settings;
        this.veldOf = velden(themeCodes);
    }

    /** What the municipality wrote about a theme. */
    public record ThemeText(String code, String name, @Nullable String description, @Nullable String exampleWords) {
    }

    /** A tagged input; the first label is the primary theme. */
    public record Example(String text, List<String> labels) {
    }

    /** A suggested theme with a score between 0 and 1. */
    public record Suggestion(String code, double score) {
    }

    /**
     * How strongly the theme texts count (prior strength: multiplier of the cosine to a theme's own words on the
     * logits), the L2 penalty of the linear model, its number of SGD epochs, how much of its veld's mean probability
     * each theme gets (veld smoothing: a theme's siblings share its field, so an uncertain input keeps the field's
     * themes together in the top 3) and how much a secondary theme of a tagged input counts next to its primary one.
     */
    public record Settings(double priorStrength, double l2, int epochs, double veldSmoothing, double secondaryWeight) {

        /** Without veld smoothing and with secondary themes at half weight: the model before ADR 0089. */
        public Settings(double priorStrength, double l2, int epochs) {
            this(priorStrength, l2, epochs, 0, 0.5);
        }

        /**
         * Used in production, where retraining must stay well under a second. Chosen by cross-validation inside the
         * training part of the demo corpus (see ThemeSuggestionEvaluationTest), never on the scored part.
         */
        public static final Settings DEFAULT = new Settings(20, 1e-2, 20, 0.3, 0.25);

        /** The small grid the cross-validation picks from: each prior and L2 without and with veld smoothing. */
        public static List<Settings> grid() {
            List<Settings> grid = new ArrayList<>();
            for (double[] veld : new double[][]{{0, 0.5}, {0.3, 0.25}}) {
                for (double prior : new double[]{5, 10, 20, 40}) {
                    for (double l2 : new double[]{1e-3, 1e-2, 3e-2}) {
                        grid.add(new Settings(prior, l2, 20, veld[0], veld[1]));
                    }
                }
            }
            return grid;
        }
    }

    /** Cross-validated quality of one setting: mean top-1 and top-3 over the folds. */
    public record Validation(Settings settings, double top1, double top3) {
    }

    public static ThemeClassifier train(DutchAnalysis analysis, List<ThemeText> themes, List<Example> examples) {
        return train(analysis, themes, examples, Settings.DEFAULT);
    }

    public static ThemeClassifier train(DutchAnalysis analysis, List<ThemeText> themes, List<Example> examples,
                                        Settings settings) {
        Analyzer analyzer = analysis.indexAnalyzer();
        List<String> codes = themes.stream().map(ThemeText::code).toList();
        Map<String, Integer> classOf = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            classOf.put(codes.get(c), c);
        }
        List<Map<String, Integer>> themeCounts = themes.stream().map(t -> features(analyzer, themeDocument(t))).toList();
        List<Map<String, Integer>> exampleCounts = examples.stream().map(e -> features(analyzer, e.text())).toList();

        Map<String, Integer> featureIndex = new LinkedHashMap<>();
        List<Integer> documentFrequency = new ArrayList<>();
        for (List<Map<String, Integer>> group : List.of(themeCounts, exampleCounts)) {
            for (Map<String, Integer> counts : group) {
                for (String feature : counts.keySet()) {
                    Integer index = featureIndex.get(feature);
                    if (index == null) {
                        featureIndex.put(feature, documentFrequency.size());
                        documentFrequency.add(1);
                    } else {
                        documentFrequency.set(index, documentFrequency.get(index) + 1);
                    }
                }
            }
        }
        int documents = themeCounts.size() + exampleCounts.size();
        double[] idf = new double[documentFrequency.size()];
        for (int f = 0; f < idf.length; f++) {
            idf[f] = Math.log((documents + 1.0) / (documentFrequency.get(f) + 1.0)) + 1.0;
        }
        List<Sparse> profiles = themeCounts.stream().map(c -> vector(c, featureIndex, idf)).toList();

        // Training rows: the theme texts themselves and every tagged input; secondary themes are extra (weaker)
        // positives in the target distribution.
        List<Sparse> rows = new ArrayList<>(profiles);
        List<double[]> targets = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            double[] target = new double[codes.size()];
            target[c] = 1;
            targets.add(target);
        }
        for (int i = 0; i < examples.size(); i++) {
            double[] target = new double[codes.size()];
            List<String> labels = examples.get(i).labels();
            double total = 0;
            for (int l = 0; l < labels.size(); l++) {
                Integer c = classOf.get(labels.get(l));
                if (c != null && target[c] == 0) {
                    target[c] = l == 0 ? 1.0 : settings.secondaryWeight();
                    total += target[c];
                }
            }
            if (total == 0) {
                continue; // tagged only with themes that are no longer active
            }
            for (int c = 0; c < target.length; c++) {
                target[c] /= total;
            }
            rows.add(vector(exampleCounts.get(i), featureIndex, idf));
            targets.add(target);
        }

        double[] weights = new double[idf.length * codes.size()];
        double[] bias = new double[codes.size()];
        ThemeClassifier model = new ThemeClassifier(analyzer, featureIndex, idf, codes, profiles, weights, bias, settings);
        model.fit(rows, targets);
        return model;
    }

    /**
     * Picks the setting with the best mean top-3 (then top-1) over {@code folds} seeded, stratified folds of the
     * given tagged inputs. Only the inputs passed in are looked at, so an evaluation passes its training part here.
     */
    public static List<Validation> crossValidate(DutchAnalysis analysis, List<ThemeText> themes, List<Example> examples,
                                                 List<Settings> grid, int folds) {
        Map<String, List<Integer>> byPrimary = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byPrimary.computeIfAbsent(examples.get(i).labels().get(0), k -> new ArrayList<>()).add(i);
        }
        int[] foldOf = new int[examples.size()];
        Random random = new Random(SEED);
        int next = 0;
        for (List<Integer> group : byPrimary.values()) {
            List<Integer> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            for (int index : shuffled) {
                foldOf[index] = next++ % folds;
            }
        }
        List<Validation> results = new ArrayList<>();
        for (Settings settings : grid) {
            int top1 = 0;
            int top3 = 0;
            for (int fold = 0; fold < folds; fold++) {
                List<Example> train = new ArrayList<>();
                List<Example> held = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    (foldOf[i] == fold ? held : train).add(examples.get(i));
                }
                ThemeClassifier model = train(analysis, themes, train, settings);
                for (Example example : held) {
                    List<Suggestion> ranked = model.suggest(example.text(), 3);
                    String gold = example.labels().get(0);
                    if (!ranked.isEmpty() && ranked.get(0).code().equals(gold)) {
                        top1++;
                    }
                    if (ranked.stream().anyMatch(s -> s.code().equals(gold))) {
                        top3++;
                    }
                }
            }
            results.add(new Validation(settings, top1 / (double) examples.size(), top3 / (double) examples.size()));
        }
        return results;
    }

    /** The setting with the best cross-validated top-3, ties broken by top-1 and then by the earliest in the grid. */
    public static Settings best(List<Validation> validations) {
        Validation best = validations.get(0);
        for (Validation v : validations) {
            if (v.top3() > best.top3() || (v.top3() == best.top3() && v.top1() > best.top1())) {
                best = v;
            }
        }
        return best.settings();
    }

    /** The best {@code limit} themes for the text, best first. */
    public List<Suggestion> suggest(String text, int limit) {
        Sparse x = vector(features(analyzer, text), featureIndex, idf);
        double[] p = smoothWithinVeld(probabilities(x, prior(x), 1));
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            order.add(c);
        }
        order.sort(Comparator.<Integer>comparingDouble(c -> -p[c]).thenComparing(themeCodes::get));
        List<Suggestion> ranked = new ArrayList<>();
        for (int c : order.subList(0, Math.min(limit, order.size()))) {
            ranked.add(new Suggestion(themeCodes.get(c), Math.round(p[c] * 1000) / 1000.0));
        }
        return ranked;
    }

    /**
     * Mixes each theme's probability with the mean probability of its veld: (p + s * mean) / (1 + s). It still adds
     * up to 1 over all themes. Only at suggestion time; the model learns from the plain probabilities.
     */
    private double[] smoothWithinVeld(double[] p) {
        double s = settings.veldSmoothing();
        if (s == 0) {
            return p;
        }
        double[] smoothed = new double[p.length];
        for (int c = 0; c < p.length; c++) {
            double mass = 0;
            for (int sibling : veldOf[c]) {
                mass += p[sibling];
            }
            smoothed[c] = (p[c] + s * mass / veldOf[c].length) / (1 + s);
        }
        return smoothed;
    }

    /**
     * The veld of a theme is the part of its code before the dot ("1.3" belongs to veld 1, "S.2" to the strategic
     * themes), as in the VNG taxonomy; a code without a dot (an imported theme) forms a veld of its own.
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

    static String veldCode(String themeCode) {
        int dot = themeCode.indexOf('.');
        return dot < 0 ? themeCode : themeCode.substring(0, dot);
    }

    private void fit(List<Sparse> rows, List<double[]> targets) {
        int classes = themeCodes.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        // The prior does not change while learning: compute it once per row instead of once per step.
        List<double[]> priors = rows.stream().map(this::prior).toList();
        Random random = new Random(SEED);
        // L2 as weight decay on every step, kept cheap on sparse rows by storing the weights divided by a shared scale.
        double scale = 1;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch * 0.1);
            for (int i : order) {
                Sparse x = rows.get(i);
                double[] p = probabilities(x, priors.get(i), scale);
                double[] y = targets.get(i);
                scale *= 1 - rate * settings.l2();
                double[] step = new double[classes];
                for (int c = 0; c < classes; c++) {
                    double gradient = p[c] - y[c];
                    // A theme the row clearly is not about: the update would be noise, and costs time.
                    step[c] = Math.abs(gradient) < 1e-5 ? 0 : rate * gradient / scale;
                    bias[c] -= rate * gradient;
                }
                for (int k = 0; k < x.index.length; k++) {
                    int base = x.index[k] * classes;
                    double value = x.value[k];
                    for (int c = 0; c < classes; c++) {
                        weights[base + c] -= step[c] * value;
                    }
                }
                if (scale < 1e-6) {
                    rescale(scale);
                    scale = 1;
                }
            }
        }
        rescale(scale);
    }

    private void rescale(double scale) {
        for (int f = 0; f < weights.length; f++) {
            weights[f] *= scale;
        }
    }

    /** Likeness to each theme's own words, scaled by the prior strength: a fixed offset on the logits. */
    private double[] prior(Sparse x) {
        double[] prior = new double[themeCodes.size()];
        for (int c = 0; c < prior.length; c++) {
            prior[c] = settings.priorStrength() * dot(x, profiles.get(c));
        }
        return prior;
    }

    private double[] probabilities(Sparse x, double[] prior, double scale) {
        int classes = themeCodes.size();
        double[] logits = new double[classes];
        for (int k = 0; k < x.index.length; k++) {
            int base = x.index[k] * classes;
            double value = x.value[k];
            for (int c = 0; c < classes; c++) {
                logits[c] += weights[base + c] * value;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            logits[c] = logits[c] * scale + bias[c] + prior[c];
            max = Math.max(max, logits[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < classes; c++) {
            logits[c] /= sum;
        }
        return logits;
    }

    private static String themeDocument(ThemeText theme) {
        String examples = theme.exampleWords() == null ? "" : theme.exampleWords();
        // Example words are the most telling text a theme has: they count double.
        return theme.name() + " " + (theme.description() == null ? "" : theme.description()) + " " + examples + " " + examples;
    }

    /** Word features from the search analysis ("w:" stems and compound parts) and character n-grams ("c:"). */
    static Map<String, Integer> features(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("problem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 2) {
                    counts.merge("w:" + term, 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < MIN_GRAM) {
                continue;
            }
            String padded = "_" + word + "_";
            for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                for (int start = 0; start + n <= padded.length(); start++) {
                    counts.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Sublinear TF-IDF; words and character grams are normalised apart so that both count equally. */
    private static Sparse vector(Map<String, Integer> counts, Map<String, Integer> featureIndex, double[] idf) {
        List<int[]> known = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double wordNorm = 0;
        double gramNorm = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Integer index = featureIndex.get(entry.getKey());
            if (index == null) {
                continue;
            }
            double value = (1 + Math.log(entry.getValue())) * idf[index];
            boolean word = entry.getKey().startsWith("w:");
            known.add(new int[]{index, word ? 1 : 0});
            values.add(value);
            if (word) {
                wordNorm += value * value;
            } else {
                gramNorm += value * value;
            }
        }
        double wordScale = wordNorm > 0 ? 1 / Math.sqrt(2 * wordNorm) : 0;
        double gramScale = gramNorm > 0 ? 1 / Math.sqrt(2 * gramNorm) : 0;
        int[] index = new int[known.size()];
        double[] value = new double[known.size()];
        Map<Integer, Double> byIndex = new TreeMap<>();
        for (int k = 0; k < known.size(); k++) {
            byIndex.put(known.get(k)[0], values.get(k) * (known.get(k)[1] == 1 ? wordScale : gramScale));
        }
        int k = 0;
        for (Map.Entry<Integer, Double> entry : byIndex.entrySet()) {
            index[k] = entry.getKey();
            value[k++] = entry.getValue();
        }
        return new Sparse(index, value);
    }

    /** Both vectors have sorted indexes: a merge walk. */
    private static double dot(Sparse a, Sparse b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.index.length && j < b.index.length) {
            if (a.index[i] == b.index[j]) {
                sum += a.value[i++] * b.value[j++];
            } else if (a.index[i] < b.index[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private record Sparse(int[] index, double[] value) {
    }
}
