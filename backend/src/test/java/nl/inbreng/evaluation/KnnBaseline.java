package nl.inbreng.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k nearest tagged texts by TF-IDF cosine; each label scores the summed similarity of its neighbours. Labels no
 * neighbour carries follow, most frequent in the training part first, so there are always enough for a top 3.
 */
final class KnnBaseline implements Baseline {

    private final Tfidf tfidf;
    private final List<Tfidf.Vector> rows;
    private final List<String> labels;
    private final List<String> byFrequency;
    private final int k;

    KnnBaseline(List<String> texts, List<String> labels, int k) {
        this.tfidf = Tfidf.words(texts);
        this.rows = texts.stream().map(tfidf::vector).toList();
        this.labels = labels;
        this.k = k;
        Map<String, Integer> frequency = new LinkedHashMap<>();
        labels.forEach(l -> frequency.merge(l, 1, Integer::sum));
        this.byFrequency = frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    @Override
    public List<String> rank(String text) {
        Tfidf.Vector x = tfidf.vector(text);
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double s = x.dot(rows.get(i));
            if (s > 0) {
                scored.add(new double[]{s, i});
            }
        }
        scored.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1]));
        Map<String, Double> votes = new LinkedHashMap<>();
        for (double[] s : scored.subList(0, Math.min(k, scored.size()))) {
            votes.merge(labels.get((int) s[1]), s[0], Double::sum);
        }
        List<String> ranked = new ArrayList<>(votes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
        byFrequency.stream().filter(l -> !ranked.contains(l)).forEach(ranked::add);
        return ranked;
    }
}
