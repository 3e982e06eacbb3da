package nl.inbreng.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** External clustering quality against gold labels: NMI (arithmetic normalisation), ARI and purity. */
final class ClusterMetrics {

    private ClusterMetrics() {
    }

    record Scores(double nmi, double ari, double purity) {
    }

    static Scores score(List<String> gold, List<String> predicted) {
        int n = gold.size();
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            table.computeIfAbsent(predicted.get(i), x -> new HashMap<>()).merge(gold.get(i), 1, Integer::sum);
            goldSizes.merge(gold.get(i), 1, Integer::sum);
            predictedSizes.merge(predicted.get(i), 1, Integer::sum);
        }
        double mutual = 0;
        double pairsBoth = 0;
        int majority = 0;
        for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
            int best = 0;
            for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
                int count = cell.getValue();
                mutual += (double) count / n * Math.log((double) n * count
                        / (predictedSizes.get(row.getKey()) * (double) goldSizes.get(cell.getKey())));
                pairsBoth += pairs(count);
                best = Math.max(best, count);
            }
            majority += best;
        }
        double hGold = entropy(goldSizes, n);
        double hPredicted = entropy(predictedSizes, n);
        double nmi = hGold + hPredicted == 0 ? 1 : 2 * mutual / (hGold + hPredicted);
        double pairsGold = goldSizes.values().stream().mapToDouble(ClusterMetrics::pairs).sum();
        double pairsPredicted = predictedSizes.values().stream().mapToDouble(ClusterMetrics::pairs).sum();
        double expected = pairsGold * pairsPredicted / pairs(n);
        double max = (pairsGold + pairsPredicted) / 2;
        double ari = max == expected ? 1 : (pairsBoth - expected) / (max - expected);
        return new Scores(nmi, ari, (double) majority / n);
    }

    private static double pairs(double count) {
        return count * (count - 1) / 2;
    }

    private static double entropy(Map<String, Integer> sizes, int n) {
        double h = 0;
        for (int size : sizes.values()) {
            double p = (double) size / n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
