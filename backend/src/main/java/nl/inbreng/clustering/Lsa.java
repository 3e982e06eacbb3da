package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Latent semantic analysis by a seeded randomised SVD (Halko, Martinsson and Tropp 2011): the inputs' TF-IDF rows
 * are projected onto their strongest {@code rank} directions and normalised again. Words and character grams that
 * occur together ("lantaarnpaal", "lamp", "brandt niet", "lantarenpaal") fall onto shared directions, so two short
 * reports that share no word can still be close. Deterministic: the random matrix comes from the seed, and every
 * sum runs in a fixed order (parallel steps write only their own rows).
 */
final class Lsa {

    private static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 2;
    private static final int JACOBI_SWEEPS = 30;

    /** Inputs beyond this many are not needed to find the directions; they are projected onto them afterwards. */
    static final int FIT_SAMPLE = 3000;

    private final int[] compact;
    /** Per (compacted) feature its row of V = B^T Ũ S^-1: a text's coordinates are the weighted sum of its rows. */
    private final float[][] projection;
    private final int rank;
    private SparseVector[] rows;

    private Lsa(int[] compact, float[][] projection, int rank) {
        this.compact = compact;
        this.projection = projection;
        this.rank = rank;
    }

    /** The inputs projected: dense vectors in sparse form (ids 0…rank-1), L2-normalised; empty inputs stay empty. */
    SparseVector[] rows() {
        return rows;
    }

    int rank() {
        return rank;
    }

    /** Projects a text into the same space: x V, normalised (the fitted inputs' rows are projected the same way). */
    SparseVector project(SparseVector vector) {
        double[] row = new double[rank];
        int[] ids = vector.ids();
        float[] weights = vector.weights();
        for (int i = 0; i < ids.length; i++) {
            int f = ids[i] < compact.length ? compact[ids[i]] : -1;
            if (f < 0) {
                continue;
            }
            float[] along = projection[f];
            for (int c = 0; c < rank; c++) {
                row[c] += weights[i] * along[c];
            }
        }
        float[] out = new float[rank];
        double norm = 0;
        for (int c = 0; c < rank; c++) {
            out[c] = (float) row[c];
            norm += out[c] * out[c];
        }
        return dense(out, norm);
    }

    /**
     * Fits the projection on the inputs' rows (L2-normalised TF-IDF in the vocabulary's space), on an evenly
     * spread sample of at most {@link #FIT_SAMPLE} non-empty inputs, and projects every input.
     */
    static Lsa fit(SparseVector[] all, int dimension, int rank, long seed) {
        List<SparseVector> chosen = new ArrayList<>();
        for (SparseVector doc : all) {
            if (!doc.isEmpty()) {
                chosen.add(doc);
            }
        }
        if (chosen.size() > FIT_SAMPLE) {
            // Every n-th input: deterministic and spread over the (id-ordered) set.
            List<SparseVector> spread = new ArrayList<>();
            for (int i = 0; i < FIT_SAMPLE; i++) {
                spread.add(chosen.get((int) ((long) i * chosen.size() / FIT_SAMPLE)));
            }
            chosen = spread;
        }
        Lsa lsa = fitOn(chosen.toArray(SparseVector[]::new), dimension, rank, seed);
        SparseVector[] rows = new SparseVector[all.length];
        java.util.stream.IntStream.range(0, all.length).parallel()
                .forEach(d -> rows[d] = all[d].isEmpty() ? SparseVector.EMPTY : lsa.project(all[d]));
        lsa.rows = rows;
        return lsa;
    }

    private static Lsa fitOn(SparseVector[] input, int dimension, int rank, long seed) {
        // Only features that occur take part: ids are compacted so the dense matrices stay small.
        int[] compact = new int[dimension];
        java.util.Arrays.fill(compact, -1);
        int used = 0;
        for (SparseVector doc : input) {
            for (int id : doc.ids()) {
                if (compact[id] < 0) {
                    compact[id] = -2;
                }
            }
        }
        for (int f = 0; f < dimension; f++) {
            if (compact[f] == -2) {
                compact[f] = used++;
            }
        }
        SparseVector[] docs = new SparseVector[input.length];
        for (int d = 0; d < input.length; d++) {
            int[] ids = input[d].ids().clone();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = compact[ids[i]];
            }
            docs[d] = new SparseVector(ids, input[d].weights());
        }
        int n = docs.length;
        int width = Math.min(rank + OVERSAMPLING, Math.min(n, used));
        Random random = new Random(seed);
        float[][] omega = new float[used][width];
        for (int f = 0; f < used; f++) {
            for (int j = 0; j < width; j++) {
                omega[f][j] = (float) random.nextGaussian();
            }
        }
        double[][] y = times(docs, omega, width);
        orthonormalise(y, width);
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            float[][] z = transposeTimes(docs, y, used, width);
            y = times(docs, z, width);
            orthonormalise(y, width);
        }
        // B = Q^T X; its Gram matrix B B^T (width x width) has the squared singular values as eigenvalues.
        float[][] bt = transposeTimes(docs, y, used, width);
        double[][] gram = new double[width][width];
        int w = width;
        IntStream.range(0, width).parallel().forEach(a -> {
            for (int b = a; b < w; b++) {
                double sum = 0;
                for (float[] row : bt) {
                    sum += (double) row[a] * row[b];
                }
                gram[a][b] = sum;
            }
        });
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < a; b++) {
                gram[a][b] = gram[b][a];
            }
        }
        double[][] vectors = new double[width][width];
        double[] values = eigen(gram, vectors);
        Integer[] order = IntStream.range(0, width).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        int kept = Math.min(rank, width);
        double[][] directions = new double[width][kept];
        double[] singular = new double[kept];
        for (int c = 0; c < kept; c++) {
            singular[c] = Math.sqrt(Math.max(0, values[order[c]]));
            for (int j = 0; j < width; j++) {
                directions[j][c] = vectors[j][order[c]];
            }
        }
        float[][] projection = new float[used][kept];
        for (int f = 0; f < used; f++) {
            for (int c = 0; c < kept; c++) {
                double along = 0;
                for (int j = 0; j < width; j++) {
                    along += bt[f][j] * directions[j][c];
                }
                projection[f][c] = (float) (singular[c] == 0 ? 0 : along / singular[c]);
            }
        }
        return new Lsa(compact, projection, kept);
    }

    private static SparseVector dense(float[] row, double norm) {
        if (norm == 0) {
            return SparseVector.EMPTY;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int c = 0; c < row.length; c++) {
            row[c] *= inv;
        }
        return new SparseVector(IntStream.range(0, row.length).toArray(), row);
    }

    /** X M for a dense M (dimension x width): one row per input, computed in parallel per row. */
    private static double[][] times(SparseVector[] docs, float[][] m, int width) {
        double[][] out = new double[docs.length][];
        IntStream.range(0, docs.length).parallel().forEach(d -> {
            double[] row = new double[width];
            int[] ids = docs[d].ids();
            float[] weights = docs[d].weights();
            for (int i = 0; i < ids.length; i++) {
                float[] source = m[ids[i]];
                float w = weights[i];
                for (int j = 0; j < width; j++) {
                    row[j] += w * source[j];
                }
            }
            out[d] = row;
        });
        return out;
    }

    /** X^T Y (dimension x width), summed over the inputs in order; columns split over fixed slices. */
    private static float[][] transposeTimes(SparseVector[] docs, double[][] y, int dimension, int width) {
        float[][] out = new float[dimension][width];
        int slices = Math.max(1, Math.min(width, 4 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, slices).parallel().forEach(slice -> {
            int from = width * slice / slices;
            int to = width * (slice + 1) / slices;
            for (int d = 0; d < docs.length; d++) {
                int[] ids = docs[d].ids();
                float[] weights = docs[d].weights();
                double[] row = y[d];
                for (int i = 0; i < ids.length; i++) {
                    float[] target = out[ids[i]];
                    float w = weights[i];
                    for (int j = from; j < to; j++) {
                        target[j] += (float) (w * row[j]);
                    }
                }
            }
        });
        return out;
    }

    /** Modified Gram-Schmidt on the columns of y (n x width), in place; a vanished column stays zero. */
    private static void orthonormalise(double[][] y, int width) {
        int n = y.length;
        for (int j = 0; j < width; j++) {
            for (int i = 0; i < j; i++) {
                double dot = 0;
                for (int d = 0; d < n; d++) {
                    dot += y[d][i] * y[d][j];
                }
                for (int d = 0; d < n; d++) {
                    y[d][j] -= dot * y[d][i];
                }
            }
            double norm = 0;
            for (int d = 0; d < n; d++) {
                norm += y[d][j] * y[d][j];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < n; d++) {
                y[d][j] = norm < 1e-12 ? 0 : y[d][j] / norm;
            }
        }
    }

    /** Cyclic Jacobi for a symmetric matrix (destroyed): eigenvalues returned, eigenvectors as columns of v. */
    static double[] eigen(double[][] a, double[][] v) {
        int size = a.length;
        for (int i = 0; i < size; i++) {
            java.util.Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int p = 0; p < size; p++) {
                diagonal += a[p][p] * a[p][p];
                for (int q = p + 1; q < size; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-22 * Math.max(diagonal, 1e-300)) {
                break;
            }
            for (int p = 0; p < size - 1; p++) {
                for (int q = p + 1; q < size; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < size; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < size; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < size; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = a[i][i];
        }
        return values;
    }
}
