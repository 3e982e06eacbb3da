package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baselines the clustering is measured against, written the way a data scientist would run them with
 * scikit-learn defaults: {@code TfidfVectorizer} (lower-case, smooth idf, raw tf, L2 norm) on either character
 * 3–5-grams inside word boundaries ({@code analyzer="char_wb"}) or word tokens ({@code \b\w\w+\b}), then Euclidean
 * k-means (Lloyd) with k-means++ seeding, {@code nInit} seeded starts and the lowest inertia kept.
 */
final class BaselineKMeans {

    private static final Pattern WORD = Pattern.compile("(?U)\\b\\w\\w+\\b");
    private static final int MAX_ITERATIONS = 300;

    private BaselineKMeans() {
    }

    /** Character 3–5-grams of each whitespace-separated token padded with one space, as sklearn's char_wb. */
    static List<String> charGrams(String text) {
        List<String> grams = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String padded = " " + token + " ";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    grams.add(padded.substring(i, i + n));
                }
                if (padded.length() < n) {
                    break;
                }
            }
        }
        return grams;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** TF-IDF rows (smooth idf, raw tf, L2) over the given tokeniser; {@code dimension[0]} receives the width. */
    static SparseVector[] tfidf(List<String> texts, Function<String, List<String>> tokens, int[] dimension) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (String text : texts) {
            Map<Integer, Integer> count = new HashMap<>();
            for (String token : tokens.apply(text)) {
                count.merge(ids.computeIfAbsent(token, t -> ids.size()), 1, Integer::sum);
            }
            counts.add(count);
        }
        int[] df = new int[ids.size()];
        counts.forEach(count -> count.keySet().forEach(id -> df[id]++));
        int n = texts.size();
        SparseVector[] rows = new SparseVector[n];
        for (int d = 0; d < n; d++) {
            int[] featureIds = counts.get(d).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] weights = new float[featureIds.length];
            double norm = 0;
            for (int i = 0; i < featureIds.length; i++) {
                double idf = Math.log((1.0 + n) / (1.0 + df[featureIds[i]])) + 1;
                weights[i] = (float) (counts.get(d).get(featureIds[i]) * idf);
                norm += weights[i] * weights[i];
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= (float) Math.sqrt(norm);
            }
            rows[d] = norm == 0 ? SparseVector.EMPTY : new SparseVector(featureIds, weights);
        }
        dimension[0] = ids.size();
        return rows;
    }

    /** Euclidean k-means with k-means++ seeding, the lowest inertia over {@code nInit} starts; returns assignments. */
    static int[] cluster(SparseVector[] rows, int dimension, int k, int nInit, long seed) {
        Random random = new Random(seed);
        int[] best = null;
        double bestInertia = Double.MAX_VALUE;
        for (int start = 0; start < nInit; start++) {
            float[][] centroids = plusPlus(rows, dimension, k, random);
            int[] assignment = new int[rows.length];
            double inertia = 0;
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                inertia = 0;
                boolean changed = iteration == 0;
                double[] norms = squaredNorms(centroids);
                for (int d = 0; d < rows.length; d++) {
                    int nearest = 0;
                    double nearestDistance = Double.MAX_VALUE;
                    for (int c = 0; c < k; c++) {
                        double distance = squaredNorm(rows[d]) + norms[c] - 2 * rows[d].dot(centroids[c]);
                        if (distance < nearestDistance) {
                            nearestDistance = distance;
                            nearest = c;
                        }
                    }
                    changed |= assignment[d] != nearest;
                    assignment[d] = nearest;
                    inertia += nearestDistance;
                }
                if (!changed) {
                    break;
                }
                centroids = means(rows, assignment, centroids, dimension);
            }
            if (inertia < bestInertia) {
                bestInertia = inertia;
                best = assignment.clone();
            }
        }
        return best;
    }

    private static float[][] plusPlus(SparseVector[] rows, int dimension, int k, Random random) {
        float[][] centroids = new float[k][];
        double[] distance = new double[rows.length];
        Arrays.fill(distance, Double.MAX_VALUE);
        int pick = random.nextInt(rows.length);
        for (int c = 0; c < k; c++) {
            centroids[c] = SphericalKMeans.dense(rows[pick], dimension);
            double norm = squaredNorm(centroids[c]);
            double total = 0;
            for (int d = 0; d < rows.length; d++) {
                double dist = Math.max(0, squaredNorm(rows[d]) + norm - 2 * rows[d].dot(centroids[c]));
                distance[d] = Math.min(distance[d], dist);
                total += distance[d];
            }
            if (total <= 0) {
                pick = random.nextInt(rows.length);
                continue;
            }
            double target = random.nextDouble() * total;
            pick = rows.length - 1;
            for (int d = 0; d < rows.length; d++) {
                target -= distance[d];
                if (target <= 0) {
                    pick = d;
                    break;
                }
            }
        }
        return centroids;
    }

    private static float[][] means(SparseVector[] rows, int[] assignment, float[][] previous, int dimension) {
        int k = previous.length;
        float[][] sums = new float[k][dimension];
        int[] sizes = new int[k];
        for (int d = 0; d < rows.length; d++) {
            rows[d].addTo(sums[assignment[d]], 1f);
            sizes[assignment[d]]++;
        }
        for (int c = 0; c < k; c++) {
            if (sizes[c] == 0) {
                sums[c] = previous[c];
                continue;
            }
            for (int f = 0; f < dimension; f++) {
                sums[c][f] /= sizes[c];
            }
        }
        return sums;
    }

    private static double[] squaredNorms(float[][] centroids) {
        double[] norms = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            norms[c] = squaredNorm(centroids[c]);
        }
        return norms;
    }

    private static double squaredNorm(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        return sum;
    }

    private static double squaredNorm(SparseVector vector) {
        double sum = 0;
        for (float v : vector.weights()) {
            sum += v * v;
        }
        return sum;
    }
}
