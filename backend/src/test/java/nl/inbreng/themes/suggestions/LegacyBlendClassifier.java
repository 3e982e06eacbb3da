package nl.inbreng.themes.suggestions;

import io.micronaut.core.annotation.Nullable;
import nl.inbreng.search.DutchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first theme model (issue 4, first wave), kept only to compare against in the evaluation: a fixed blend of
 * theme-word cosine, centroid, kNN and naive Bayes whose weights were picked on the scored part.
 */
final class LegacyBlendClassifier {

    private static final int NEIGHBOURS = 7;
    private static final double SECONDARY_WEIGHT = 0.5;
    private static final double PROFILE_WEIGHT = 1.0;
    private static final double CENTROID_WEIGHT = 0.3;
    private static final double KNN_WEIGHT = 0.5;
    private static final double BAYES_WEIGHT = 1.0;
    private static final double BAYES_SMOOTHING = 0.1;

    private final Analyzer analyzer;
    private final Map<String, Double> idf;
    private final List<String> themeCodes;
    private final Map<String, Map<String, Double>> profiles;
    private final Map<String, Map<String, Double>> centroids;
    private final List<Map<String, Double>> exampleVectors;
    private final List<List<String>> exampleLabels;
    private final Map<String, Map<String, Double>> termCounts;
    private final Map<String, Double> termTotals;
    private final int vocabulary;
    private final double[] weights;

    private LegacyBlendClassifier(Analyzer analyzer, Map<String, Double> idf, List<String> themeCodes,
                            Map<String, Map<String, Double>> profiles, Map<String, Map<String, Double>> centroids,
                            List<Map<String, Double>> exampleVectors, List<List<String>> exampleLabels,
                            Map<String, Map<String, Double>> termCounts, double[] weights) {
        this.analyzer = analyzer;
        this.idf = idf;
        this.themeCodes = themeCodes;
        this.profiles = profiles;
        this.centroids = centroids;
        this.exampleVectors = exampleVectors;
        this.exampleLabels = exampleLabels;
        this.termCounts = termCounts;
        this.termTotals = new HashMap<>();
        termCounts.forEach((code, counts) -> termTotals.put(code, counts.values().stream().mapToDouble(Double::doubleValue).sum()));
        this.vocabulary = idf.size();
        this.weights = weights;
    }

    static LegacyBlendClassifier train(DutchAnalysis analysis, List<ThemeClassifier.ThemeText> themes, List<ThemeClassifier.Example> examples) {
        return train(analysis, themes, examples, new double[]{PROFILE_WEIGHT, CENTROID_WEIGHT, KNN_WEIGHT, BAYES_WEIGHT});
    }

    static LegacyBlendClassifier train(DutchAnalysis analysis, List<ThemeClassifier.ThemeText> themes, List<ThemeClassifier.Example> examples, double[] weights) {
        Analyzer analyzer = analysis.indexAnalyzer();
        List<Map<String, Integer>> profileCounts = new ArrayList<>();
        for (ThemeClassifier.ThemeText theme : themes) {
            Map<String, Integer> counts = counts(analyzer, theme.name() + " " + nullToEmpty(theme.description()));
            // Example words are the most telling text a theme has: they count double.
            counts(analyzer, nullToEmpty(theme.exampleWords())).forEach((term, n) -> counts.merge(term, 2 * n, Integer::sum));
            profileCounts.add(counts);
        }
        List<Map<String, Integer>> exampleCounts = examples.stream().map(e -> counts(analyzer, e.text())).toList();

        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Integer> counts : profileCounts) {
            counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        for (Map<String, Integer> counts : exampleCounts) {
            counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        int documents = profileCounts.size() + exampleCounts.size();
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((documents + 1.0) / (df + 1.0)) + 1.0));

        List<String> codes = themes.stream().map(ThemeClassifier.ThemeText::code).toList();
        Map<String, Map<String, Double>> profiles = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            profiles.put(codes.get(i), vector(profileCounts.get(i), idf));
        }
        List<Map<String, Double>> exampleVectors = exampleCounts.stream().map(c -> vector(c, idf)).toList();
        Map<String, Map<String, Double>> centroids = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            List<String> labels = examples.get(i).labels();
            for (int l = 0; l < labels.size(); l++) {
                double weight = l == 0 ? 1.0 : SECONDARY_WEIGHT;
                Map<String, Double> centroid = centroids.computeIfAbsent(labels.get(l), k -> new HashMap<>());
                exampleVectors.get(i).forEach((term, value) -> centroid.merge(term, weight * value, Double::sum));
            }
        }
        centroids.replaceAll((code, centroid) -> normalised(centroid));
        // Naive Bayes counts: the theme's own words plus its tagged inputs, term by term.
        Map<String, Map<String, Double>> termCounts = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            Map<String, Double> counts = termCounts.computeIfAbsent(codes.get(i), k -> new HashMap<>());
            profileCounts.get(i).forEach((term, n) -> counts.merge(term, (double) n, Double::sum));
        }
        for (int i = 0; i < examples.size(); i++) {
            List<String> labels = examples.get(i).labels();
            for (int l = 0; l < labels.size(); l++) {
                double weight = l == 0 ? 1.0 : SECONDARY_WEIGHT;
                Map<String, Double> counts = termCounts.computeIfAbsent(labels.get(l), k -> new HashMap<>());
                exampleCounts.get(i).forEach((term, n) -> counts.merge(term, weight * n, Double::sum));
            }
        }
        return new LegacyBlendClassifier(analyzer, idf, codes, profiles, centroids, exampleVectors,
                examples.stream().map(ThemeClassifier.Example::labels).toList(), termCounts, weights);
    }

    List<ThemeClassifier.Suggestion> suggest(String text, int limit) {
        Map<String, Integer> termsOfText = counts(analyzer, text);
        Map<String, Double> x = vector(termsOfText, idf);
        Map<String, Double> profile = new HashMap<>();
        Map<String, Double> centroid = new HashMap<>();
        for (String code : themeCodes) {
            profile.put(code, cosine(x, profiles.get(code)));
            centroid.put(code, centroids.containsKey(code) ? cosine(x, centroids.get(code)) : 0.0);
        }
        Map<String, Double> knn = neighbourVote(x);
        Map<String, Double> bayes = bayesPosterior(termsOfText);
        scaleToMax(profile);
        scaleToMax(centroid);
        scaleToMax(knn);
        scaleToMax(bayes);
        double total = weights[0] + weights[1] + weights[2] + weights[3];
        List<ThemeClassifier.Suggestion> ranked = new ArrayList<>();
        for (String code : themeCodes) {
            double score = (weights[0] * profile.get(code) + weights[1] * centroid.get(code)
                    + weights[2] * knn.getOrDefault(code, 0.0) + weights[3] * bayes.getOrDefault(code, 0.0)) / total;
            ranked.add(new ThemeClassifier.Suggestion(code, Math.round(score * 1000) / 1000.0));
        }
        ranked.sort(Comparator.comparingDouble(ThemeClassifier.Suggestion::score).reversed().thenComparing(ThemeClassifier.Suggestion::code));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** Posterior per theme under a multinomial naive Bayes model with a flat prior (softmax of log-likelihoods). */
    private Map<String, Double> bayesPosterior(Map<String, Integer> termsOfText) {
        Map<String, Double> logLikelihood = new HashMap<>();
        for (String code : themeCodes) {
            Map<String, Double> counts = termCounts.getOrDefault(code, Map.of());
            double denominator = termTotals.getOrDefault(code, 0.0) + BAYES_SMOOTHING * vocabulary;
            double sum = 0;
            for (Map.Entry<String, Integer> term : termsOfText.entrySet()) {
                if (idf.containsKey(term.getKey())) {
                    sum += term.getValue() * Math.log((counts.getOrDefault(term.getKey(), 0.0) + BAYES_SMOOTHING) / denominator);
                }
            }
            logLikelihood.put(code, sum);
        }
        double max = logLikelihood.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> posterior = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> entry : logLikelihood.entrySet()) {
            double p = Math.exp(entry.getValue() - max);
            posterior.put(entry.getKey(), p);
            norm += p;
        }
        double total = norm;
        posterior.replaceAll((code, p) -> p / total);
        return posterior;
    }

    private Map<String, Double> neighbourVote(Map<String, Double> x) {
        List<double[]> similarities = new ArrayList<>();
        for (int i = 0; i < exampleVectors.size(); i++) {
            similarities.add(new double[]{cosine(x, exampleVectors.get(i)), i});
        }
        similarities.sort((a, b) -> Double.compare(b[0], a[0]));
        Map<String, Double> votes = new HashMap<>();
        for (int n = 0; n < Math.min(NEIGHBOURS, similarities.size()); n++) {
            double similarity = similarities.get(n)[0];
            List<String> labels = exampleLabels.get((int) similarities.get(n)[1]);
            for (int l = 0; l < labels.size(); l++) {
                votes.merge(labels.get(l), similarity * (l == 0 ? 1.0 : SECONDARY_WEIGHT), Double::sum);
            }
        }
        return votes;
    }

    private static void scaleToMax(Map<String, Double> scores) {
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max > 0) {
            scores.replaceAll((code, score) -> score / max);
        }
    }

    static Map<String, Integer> counts(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("problem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 2) {
                    counts.merge(term.toString(), 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static Map<String, Double> vector(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, n) -> {
            Double weight = idf.get(term);
            if (weight != null) {
                vector.put(term, (1 + Math.log(n)) * weight);
            }
        });
        return normalised(vector);
    }

    private static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((term, value) -> value / norm);
        }
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double other = large.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        return dot;
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
