package nl.inbreng.themes.suggestions;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One-vs-rest linear support vector machines (L2-regularised squared hinge loss) trained by dual coordinate descent
 * (Hsieh et al., ICML 2008, the method behind LIBLINEAR's default). Each theme gets its own weight vector: tagged
 * inputs of the theme are positives, all other tagged inputs negatives. Deterministic: the visiting order comes from
 * a fixed seed.
 */
final class LinearSvm {

    /** A constant extra feature, so each theme also learns a bias (regularised like the other weights, as LIBLINEAR). */
    private static final double BIAS_FEATURE = 1.0;
    /** Stop when the projected gradients span less than this (LIBLINEAR's default tolerance). */
    private static final double TOLERANCE = 0.1;
    private static final int MAX_PASSES = 100;
    private static final long SEED = 20_261_213L;

    private final double[][] weights;

    private LinearSvm(double[][] weights) {
        this.weights = weights;
    }

    /**
     * @param rows      the tagged inputs as vectors
     * @param strength  per theme and row: 0 for a negative, else how much the positive counts (1 for the primary
     *                  theme, less for a secondary one); the misfit penalty of a row is its strength times {@code c}
     * @param dimension the number of features
     * @param c         the misfit penalty (LIBLINEAR's C): larger fits the tagged inputs more closely
     */
    static LinearSvm train(List<SparseVector> rows, double[][] strength, int dimension, double c) {
        double[] squaredNorms = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            squaredNorms[i] = rows.get(i).squaredNorm() + BIAS_FEATURE * BIAS_FEATURE;
        }
        // The themes are independent problems: trained side by side, each into its own slot, so the result does not
        // depend on the number of processors or the order in which they finish.
        double[][] weights = new double[strength.length][];
        IntStream.range(0, strength.length).parallel()
                .forEach(theme -> weights[theme] = trainOne(rows, strength[theme], squaredNorms, dimension, c));
        return new LinearSvm(weights);
    }

    /**
     * Dual coordinate descent with LIBLINEAR's shrinking: inputs whose multiplier sits at 0 with a gradient beyond the
     * last pass's largest are set aside until the rest has converged, then everything is checked once more.
     */
    private static double[] trainOne(List<SparseVector> rows, double[] strength, double[] squaredNorms, int dimension,
                                     double c) {
        int n = rows.size();
        double[] w = new double[dimension + 1];
        double[] alpha = new double[n];
        double[] y = new double[n];
        double[] diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = strength[i] > 0 ? 1 : -1;
            double rowC = strength[i] > 0 ? c * strength[i] : c;
            diagonal[i] = 0.5 / rowC;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(SEED);
        int active = n;
        double oldMax = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            for (int i = active - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            double maxGradient = Double.NEGATIVE_INFINITY;
            double minGradient = Double.POSITIVE_INFINITY;
            for (int s = 0; s < active; s++) {
                int i = order[s];
                SparseVector x = rows.get(i);
                double gradient = (x.dot(w) + w[dimension] * BIAS_FEATURE) * y[i] - 1 + diagonal[i] * alpha[i];
                double projected = gradient;
                if (alpha[i] == 0) {
                    if (gradient > oldMax) {
                        active--;
                        order[s] = order[active];
                        order[active] = i;
                        s--;
                        continue;
                    }
                    projected = Math.min(gradient, 0);
                }
                maxGradient = Math.max(maxGradient, projected);
                minGradient = Math.min(minGradient, projected);
                if (Math.abs(projected) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - gradient / (squaredNorms[i] + diagonal[i]), 0);
                    double step = (alpha[i] - old) * y[i];
                    for (int k = 0; k < x.index().length; k++) {
                        w[x.index()[k]] += step * x.value()[k];
                    }
                    w[dimension] += step * BIAS_FEATURE;
                }
            }
            if (maxGradient - minGradient <= TOLERANCE) {
                if (active == n) {
                    break;
                }
                active = n; // converged on the active set: check every input once more
                oldMax = Double.POSITIVE_INFINITY;
                continue;
            }
            oldMax = maxGradient <= 0 ? Double.POSITIVE_INFINITY : maxGradient;
        }
        return w;
    }

    int themes() {
        return weights.length;
    }

    /** The decision value of one theme: above 0 means "this theme" in the one-vs-rest sense. */
    double decision(int theme, SparseVector x) {
        double[] w = weights[theme];
        return x.dot(w) + w[w.length - 1] * BIAS_FEATURE;
    }

    /** The weight of one feature for one theme: with the feature's value, what it adds to the decision. */
    double weight(int theme, int feature) {
        return weights[theme][feature];
    }
}
