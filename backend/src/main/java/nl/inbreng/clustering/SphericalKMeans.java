package nl.inbreng.clustering;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Spherical k-means (cosine similarity) on L2-normalised sparse vectors. Deterministic for a given seed: the
 * assignment step runs in parallel, but each document's choice is independent and ties go to the lowest cluster.
 */
final class SphericalKMeans {

    private static final int MAX_ITERATIONS = 20;

    /** {@code objective} is the weighted sum of every input's similarity to its own centre: higher fits better. */
    record Result(int[] assignment, float[][] centroids, double[] similarity, double objective) {
    }

    private SphericalKMeans() {
    }

    /**
     * Runs from the given start centroids. {@code anchors} (may hold nulls) pull a centroid back towards a theme
     * so a seeded cluster keeps its meaning instead of drifting to whatever is most frequent.
     */
    static Result run(SparseVector[] docs, float[][] start, float[][] anchors, float anchorWeight, int dimension) {
        return run(docs, null, start, anchors, anchorWeight, dimension);
    }

    /**
     * As above with a weight per input ({@code null}: all 1). Near-identical inputs share a weight, so a hundred
     * copies of one report pull a centre like a handful would, while each copy still joins a cluster.
     */
    static Result run(SparseVector[] docs, float[] weights, float[][] start, float[][] anchors, float anchorWeight,
                      int dimension) {
        int k = start.length;
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = start[c].clone();
        }
        int[] assignment = new int[docs.length];
        double[] similarity = new double[docs.length];
        java.util.Arrays.fill(assignment, -1);
        CentroidMatrix matrix = new CentroidMatrix(centroids, dimension);
        int slices = Math.max(1, Math.min(docs.length / 256, 4 * Runtime.getRuntime().availableProcessors()));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            float[][] current = centroids;
            matrix.load(current);
            int[] changed = new int[1];
            int[] next = new int[docs.length];
            // Fixed slices of the inputs in parallel: each input's choice depends only on the centroids.
            IntStream.range(0, slices).parallel().forEach(slice -> {
                double[] scratch = new double[k];
                int end = (int) ((long) docs.length * (slice + 1) / slices);
                for (int d = (int) ((long) docs.length * slice / slices); d < end; d++) {
                    next[d] = matrix.nearest(docs[d], scratch);
                }
            });
            for (int d = 0; d < docs.length; d++) {
                if (next[d] != assignment[d]) {
                    changed[0]++;
                }
            }
            assignment = next;
            centroids = update(docs, weights, assignment, current, anchors, anchorWeight, dimension);
            // Stop once fewer than one in a thousand inputs still move; the rest is noise.
            if (changed[0] * 1000 <= docs.length) {
                break;
            }
        }
        double objective = 0;
        for (int d = 0; d < docs.length; d++) {
            similarity[d] = docs[d].isEmpty() ? 0 : docs[d].dot(centroids[assignment[d]]);
            objective += similarity[d] * (weights == null ? 1 : weights[d]);
        }
        return new Result(assignment, centroids, similarity, objective);
    }

    /**
     * New centres. Each cluster is summed by one task, over its members in input order, so the clusters can be
     * summed in parallel and every sum still adds the same floats in the same order.
     */
    private static float[][] update(SparseVector[] docs, float[] weights, int[] assignment, float[][] previous,
                                    float[][] anchors, float anchorWeight, int dimension) {
        int k = previous.length;
        int[] sizes = new int[k];
        for (int cluster : assignment) {
            sizes[cluster]++;
        }
        int[][] members = new int[k][];
        for (int c = 0; c < k; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] filled = new int[k];
        for (int d = 0; d < docs.length; d++) {
            members[assignment[d]][filled[assignment[d]]++] = d;
        }
        float[][] sums = new float[k][];
        IntStream.range(0, k).parallel().forEach(c -> {
            if (sizes[c] == 0) {
                sums[c] = previous[c];
                return;
            }
            float[] sum = new float[dimension];
            for (int d : members[c]) {
                docs[d].addTo(sum, weights == null ? 1f : weights[d]);
            }
            if (anchors != null && anchors[c] != null) {
                float factor = anchorWeight * sizes[c];
                for (int f = 0; f < dimension; f++) {
                    sum[f] += anchors[c][f] * factor;
                }
            }
            SparseVector.normalise(sum);
            sums[c] = sum;
        });
        return sums;
    }

    /** k-means++ seeding on cosine distance, continuing from centroids already chosen. */
    static float[][] seed(SparseVector[] docs, float[][] chosen, int k, Random random, int dimension) {
        return seed(docs, null, chosen, k, random, dimension);
    }

    /** As above, each input drawn in proportion to its weight ({@code null}: all 1) times its squared distance. */
    static float[][] seed(SparseVector[] docs, float[] weights, float[][] chosen, int k, Random random, int dimension) {
        float[][] centroids = new float[k][];
        int have = Math.min(chosen.length, k);
        System.arraycopy(chosen, 0, centroids, 0, have);
        if (have == k) {
            // Every centre is given (theme priors): the distances below would only steer picks that never come.
            return centroids;
        }
        double[] distance = new double[docs.length];
        java.util.Arrays.fill(distance, 1.0);
        for (int c = 0; c < have; c++) {
            narrow(docs, centroids[c], distance);
        }
        if (have == 0) {
            centroids[0] = dense(docs[random.nextInt(docs.length)], dimension);
            narrow(docs, centroids[0], distance);
            have = 1;
        }
        for (int c = have; c < k; c++) {
            double total = 0;
            for (int d = 0; d < docs.length; d++) {
                total += distance[d] * distance[d] * (weights == null ? 1 : weights[d]);
            }
            int pick = docs.length - 1;
            if (total > 0) {
                double target = random.nextDouble() * total;
                for (int d = 0; d < docs.length; d++) {
                    target -= distance[d] * distance[d] * (weights == null ? 1 : weights[d]);
                    if (target <= 0) {
                        pick = d;
                        break;
                    }
                }
            } else {
                pick = random.nextInt(docs.length);
            }
            centroids[c] = dense(docs[pick], dimension);
            narrow(docs, centroids[c], distance);
        }
        return centroids;
    }

    private static void narrow(SparseVector[] docs, float[] centroid, double[] distance) {
        for (int d = 0; d < docs.length; d++) {
            distance[d] = Math.min(distance[d], Math.max(0, 1 - docs[d].dot(centroid)));
        }
    }

    static float[] dense(SparseVector vector, int dimension) {
        float[] dense = new float[dimension];
        vector.addTo(dense, 1f);
        return dense;
    }
}
