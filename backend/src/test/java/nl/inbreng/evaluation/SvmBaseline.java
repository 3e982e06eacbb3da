package nl.inbreng.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The usual strong text-classification baseline: one-vs-rest linear SVMs with squared hinge loss and C = 1 (as
 * scikit-learn's LinearSVC), trained by dual coordinate descent on word 1-2-gram plus character 2-5-gram TF-IDF.
 * Labels are ranked by decision value.
 */
final class SvmBaseline implements Baseline {

    private static final double TOLERANCE = 1e-3;
    private static final int MAX_PASSES = 300;

    private final Tfidf tfidf;
    private final List<String> classes;
    private final double[][] weights;

    SvmBaseline(List<String> texts, List<String> labels, double c) {
        this.tfidf = Tfidf.wordsAndChars(texts);
        this.classes = labels.stream().distinct().sorted().toList();
        List<Tfidf.Vector> rows = texts.stream().map(tfidf::vector).toList();
        this.weights = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) {
            double[] y = new double[rows.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels.get(i).equals(classes.get(k)) ? 1 : -1;
            }
            weights[k] = train(rows, y, c, tfidf.dimension());
        }
    }

    private static double[] train(List<Tfidf.Vector> rows, double[] y, double c, int dimension) {
        int n = rows.size();
        double[] w = new double[dimension + 1];
        double[] alpha = new double[n];
        double diagonal = 0.5 / c;
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = rows.get(i).dot(rows.get(i)) + 1 + diagonal;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(1);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i : order) {
                Tfidf.Vector x = rows.get(i);
                double g = y[i] * (dot(w, x) + w[dimension]) - 1 + diagonal * alpha[i];
                double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
                max = Math.max(max, pg);
                min = Math.min(min, pg);
                if (pg != 0) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / q[i], 0);
                    double step = (alpha[i] - old) * y[i];
                    for (int k = 0; k < x.index().length; k++) {
                        w[x.index()[k]] += step * x.value()[k];
                    }
                    w[dimension] += step;
                }
            }
            if (max - min < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    private static double dot(double[] w, Tfidf.Vector x) {
        double sum = 0;
        for (int k = 0; k < x.index().length; k++) {
            sum += w[x.index()[k]] * x.value()[k];
        }
        return sum;
    }

    @Override
    public List<String> rank(String text) {
        Tfidf.Vector x = tfidf.vector(text);
        List<Integer> order = new ArrayList<>();
        double[] decision = new double[classes.size()];
        for (int k = 0; k < classes.size(); k++) {
            decision[k] = dot(weights[k], x) + weights[k][weights[k].length - 1];
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingDouble(k -> -decision[k]).thenComparingInt(k -> k));
        return order.stream().map(classes::get).toList();
    }
}
