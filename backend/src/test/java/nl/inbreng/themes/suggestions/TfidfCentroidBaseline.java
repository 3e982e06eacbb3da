package nl.inbreng.themes.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plain baseline: lowercase words, TF-IDF, one centroid per theme from the tagged inputs, nearest by cosine. */
final class TfidfCentroidBaseline {

    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Map<String, Double>> centroids = new HashMap<>();

    TfidfCentroidBaseline(List<ThemeClassifier.Example> examples) {
        List<Map<String, Integer>> counts = examples.stream().map(e -> counts(e.text())).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.forEach((t, n) -> idf.put(t, Math.log((counts.size() + 1.0) / (n + 1.0)) + 1));
        for (int i = 0; i < examples.size(); i++) {
            Map<String, Double> v = vector(counts.get(i));
            String primary = examples.get(i).labels().get(0);
            Map<String, Double> centroid = centroids.computeIfAbsent(primary, k -> new HashMap<>());
            v.forEach((t, x) -> centroid.merge(t, x, Double::sum));
        }
        centroids.values().forEach(TfidfCentroidBaseline::normalise);
    }

    List<String> rank(String text) {
        Map<String, Double> v = vector(counts(text));
        List<Map.Entry<String, Double>> scores = new ArrayList<>();
        centroids.forEach((code, c) -> {
            double dot = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                dot += e.getValue() * c.getOrDefault(e.getKey(), 0.0);
            }
            scores.add(Map.entry(code, dot));
        });
        scores.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return scores.stream().map(Map.Entry::getKey).toList();
    }

    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((t, n) -> {
            if (idf.containsKey(t)) {
                v.put(t, n * idf.get(t));
            }
        });
        normalise(v);
        return v;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((t, x) -> x / norm);
        }
    }
}
