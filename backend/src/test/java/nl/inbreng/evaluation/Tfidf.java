package nl.inbreng.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain TF-IDF as the usual toolkits compute it (scikit-learn's defaults: raw counts, smoothed idf, each block
 * normalised to length 1), for the baselines of the evaluation. Deliberately nothing Dutch: no stems, no compounds.
 */
final class Tfidf {

    private static final Pattern TOKEN = Pattern.compile("(?U)\\b\\w\\w+\\b");

    /** A sparse vector: sorted feature numbers and their values. */
    record Vector(int[] index, double[] value) {

        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < index.length && j < other.index.length) {
                if (index[i] == other.index[j]) {
                    sum += value[i++] * other.value[j++];
                } else if (index[i] < other.index[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }

    private final List<Function<String, List<String>>> blocks;
    private final List<Map<String, Integer>> index = new ArrayList<>();
    private final List<double[]> idf = new ArrayList<>();
    private final int[] offset;

    private Tfidf(List<Function<String, List<String>>> blocks, List<String> texts) {
        this.blocks = blocks;
        this.offset = new int[blocks.size() + 1];
        for (int b = 0; b < blocks.size(); b++) {
            Map<String, Integer> df = new TreeMap<>();
            for (String text : texts) {
                blocks.get(b).apply(text).stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
            }
            Map<String, Integer> numbers = new HashMap<>();
            double[] weights = new double[df.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                numbers.put(e.getKey(), i);
                weights[i++] = Math.log((1.0 + texts.size()) / (1.0 + e.getValue())) + 1;
            }
            index.add(numbers);
            idf.add(weights);
            offset[b + 1] = offset[b] + weights.length;
        }
    }

    /** Word unigrams only (what a kNN baseline usually gets). */
    static Tfidf words(List<String> texts) {
        return new Tfidf(List.of(t -> wordNgrams(t, 1)), texts);
    }

    /** Word 1-2-grams and character 2-5-grams within word boundaries, two blocks side by side. */
    static Tfidf wordsAndChars(List<String> texts) {
        return new Tfidf(List.of(t -> wordNgrams(t, 2), Tfidf::charNgrams), texts);
    }

    int dimension() {
        return offset[blocks.size()];
    }

    Vector vector(String text) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            Map<Integer, Double> counts = new HashMap<>();
            for (String token : blocks.get(b).apply(text)) {
                Integer i = index.get(b).get(token);
                if (i != null) {
                    counts.merge(i, 1.0, Double::sum);
                }
            }
            double norm = 0;
            for (Map.Entry<Integer, Double> e : counts.entrySet()) {
                double v = e.getValue() * idf.get(b)[e.getKey()];
                e.setValue(v);
                norm += v * v;
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            int base = offset[b];
            counts.forEach((i, v) -> values.put(base + i, v * scale));
        }
        int[] idx = new int[values.size()];
        double[] val = new double[values.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : values.entrySet()) {
            idx[k] = e.getKey();
            val[k++] = e.getValue();
        }
        return new Vector(idx, val);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> wordNgrams(String text, int max) {
        List<String> words = words(text);
        List<String> grams = new ArrayList<>(words);
        if (max >= 2) {
            for (int i = 0; i + 1 < words.size(); i++) {
                grams.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return grams;
    }

    /** scikit-learn's "char_wb": grams inside each space-padded word. */
    private static List<String> charNgrams(String text) {
        List<String> grams = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int n = 2; n <= 5; n++) {
                for (int s = 0; s + n <= padded.length(); s++) {
                    grams.add(padded.substring(s, s + n));
                }
                if (n >= padded.length()) {
                    break;
                }
            }
        }
        return grams;
    }
}
