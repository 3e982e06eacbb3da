package nl.inbreng.clustering;

import java.util.Arrays;

/**
 * Centroids stored feature by feature (the k values of one feature side by side), so scoring a sparse input
 * against every centroid reads one short run of memory per feature instead of k scattered places in k long
 * arrays. The sums run in the same order and precision as {@link SparseVector#dot(float[])}, so similarities and
 * ties come out exactly as when scoring one centroid at a time.
 */
final class CentroidMatrix {

    private final int k;
    private final float[] values;

    CentroidMatrix(float[][] centroids, int dimension) {
        k = centroids.length;
        values = new float[Math.multiplyExact(dimension, k)];
        load(centroids);
    }

    /** Replaces the centroids (same k and dimension), so k-means reuses one matrix over its iterations. */
    void load(float[][] centroids) {
        int dimension = values.length / Math.max(1, k);
        for (int c = 0; c < k; c++) {
            float[] centroid = centroids[c];
            for (int f = 0; f < dimension; f++) {
                values[f * k + c] = centroid[f];
            }
        }
    }

    int size() {
        return k;
    }

    /** Fills {@code similarities} (length k) with the input's dot product with every centroid. */
    void similarities(SparseVector doc, double[] similarities) {
        Arrays.fill(similarities, 0, k, 0);
        int[] ids = doc.ids();
        float[] weights = doc.weights();
        for (int i = 0; i < ids.length; i++) {
            float weight = weights[i];
            int base = ids[i] * k;
            for (int c = 0; c < k; c++) {
                similarities[c] += weight * values[base + c];
            }
        }
    }

    /** The most similar centroid, the lowest index on a tie; {@code scratch} holds k doubles. */
    int nearest(SparseVector doc, double[] scratch) {
        similarities(doc, scratch);
        int best = 0;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (scratch[c] > bestSim) {
                bestSim = scratch[c];
                best = c;
            }
        }
        return best;
    }
}
