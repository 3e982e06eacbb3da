package nl.inbreng.themes.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered features of one trained model with their inverse document frequencies, and the TF-IDF vectors built
 * from them. Each kind of feature (words, stems, word pairs, character grams) is normalised apart and then weighted,
 * so that a long text's many character grams do not drown its few words; the whole vector has length 1, so the dot
 * product of two vectors is their cosine.
 */
final class FeatureSpace {

    /**
     * Features of a single text are kept: in the evaluation, dropping them cost about a point of top-1 (a word seen in
     * one tagged input and one theme text, or once in training and again in the input asked about, still tells).
     */
    private static final int MIN_DOCUMENT_FREQUENCY = 1;
    /**
     * Relative weight of each kind of feature in a vector (before the vector is normalised). Character grams weigh
     * most: residents misspell and vary their compounds; word pairs least (few repeat). Chosen on the evaluation
     * corpora (docs/benchmarks.md, issue 13); differences between nearby values were within the noise.
     */
    private static final double WORD_WEIGHT = 1.0;
    private static final double STEM_WEIGHT = 1.0;
    private static final double BIGRAM_WEIGHT = 0.5;
    private static final double GRAM_WEIGHT = 1.5;
    private static final String[] KINDS = {TextFeatures.WORD, TextFeatures.STEM, TextFeatures.BIGRAM, TextFeatures.GRAM};
    private static final double[] KIND_WEIGHTS = {WORD_WEIGHT, STEM_WEIGHT, BIGRAM_WEIGHT, GRAM_WEIGHT};

    private final Map<String, Integer> index;
    private final String[] names;
    private final double[] idf;

    private FeatureSpace(Map<String, Integer> index, String[] names, double[] idf) {
        this.index = index;
        this.names = names;
        this.idf = idf;
    }

    /** Numbers the features of the given texts in order of first appearance, so the same texts give the same space. */
    static FeatureSpace of(List<Map<String, Integer>> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Map<String, Integer> counts : documents) {
            for (String feature : sorted(counts)) {
                if (frequency.merge(feature, 1, Integer::sum) == 1) {
                    order.add(feature);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Double> idf = new ArrayList<>();
        for (String feature : order) {
            int df = frequency.get(feature);
            if (df >= MIN_DOCUMENT_FREQUENCY) {
                index.put(feature, names.size());
                names.add(feature);
                idf.add(Math.log((documents.size() + 1.0) / (df + 1.0)) + 1.0);
            }
        }
        return new FeatureSpace(index, names.toArray(String[]::new), idf.stream().mapToDouble(Double::doubleValue).toArray());
    }

    int size() {
        return names.length;
    }

    String name(int feature) {
        return names[feature];
    }

    int indexOf(String feature) {
        Integer i = index.get(feature);
        return i == null ? -1 : i;
    }

    /** Sublinear TF-IDF, each kind normalised apart and weighted, then the whole scaled to length 1. */
    SparseVector vector(Map<String, Integer> counts) {
        int size = 0;
        int[] features = new int[counts.size()];
        double[] values = new double[counts.size()];
        int[] kinds = new int[counts.size()];
        double[] kindNorm = new double[KINDS.length];
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Integer feature = index.get(entry.getKey());
            if (feature == null) {
                continue;
            }
            double value = (1 + Math.log(entry.getValue())) * idf[feature];
            int kind = kindOf(entry.getKey());
            features[size] = feature;
            values[size] = value;
            kinds[size] = kind;
            kindNorm[kind] += value * value;
            size++;
        }
        double[] scale = new double[KINDS.length];
        double total = 0;
        for (int k = 0; k < KINDS.length; k++) {
            if (kindNorm[k] > 0) {
                scale[k] = KIND_WEIGHTS[k] / Math.sqrt(kindNorm[k]);
                total += KIND_WEIGHTS[k] * KIND_WEIGHTS[k];
            }
        }
        double unit = total > 0 ? 1 / Math.sqrt(total) : 0;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(features[a], features[b]));
        int[] sortedIndex = new int[size];
        double[] sortedValue = new double[size];
        for (int i = 0; i < size; i++) {
            sortedIndex[i] = features[order[i]];
            sortedValue[i] = values[order[i]] * scale[kinds[order[i]]] * unit;
        }
        return new SparseVector(sortedIndex, sortedValue);
    }

    private static int kindOf(String feature) {
        for (int k = 0; k < KINDS.length; k++) {
            if (feature.startsWith(KINDS[k])) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown feature kind: " + feature);
    }

    private static List<String> sorted(Map<String, Integer> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(null);
        return keys;
    }
}
