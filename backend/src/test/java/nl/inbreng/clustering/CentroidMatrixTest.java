package nl.inbreng.clustering;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CentroidMatrixTest {

    @Test
    void scoresEveryCentroidExactlyAsOneDotProductAtATime() {
        Random random = new Random(3);
        int dimension = 300;
        float[][] centroids = new float[7][dimension];
        for (float[] centroid : centroids) {
            for (int f = 0; f < dimension; f++) {
                centroid[f] = random.nextInt(4) == 0 ? random.nextFloat() : 0f;
            }
            SparseVector.normalise(centroid);
        }
        CentroidMatrix matrix = new CentroidMatrix(centroids, dimension);
        double[] similarities = new double[centroids.length];
        for (int n = 0; n < 200; n++) {
            SparseVector doc = randomDoc(random, dimension);
            matrix.similarities(doc, similarities);
            for (int c = 0; c < centroids.length; c++) {
                // Bit-for-bit, not within a tolerance: k-means must make the same choices as before.
                assertEquals(doc.dot(centroids[c]), similarities[c], 0.0);
            }
            assertEquals(nearestOneAtATime(doc, centroids), matrix.nearest(doc, similarities));
        }
    }

    @Test
    void givesATieToTheLowestCentroidAndReloadsInPlace() {
        int dimension = 4;
        float[][] twins = {{0, 1, 0, 0}, {0, 1, 0, 0}, {1, 0, 0, 0}};
        CentroidMatrix matrix = new CentroidMatrix(twins, dimension);
        SparseVector doc = new SparseVector(new int[] {1}, new float[] {1f});
        double[] scratch = new double[3];
        assertEquals(0, matrix.nearest(doc, scratch));
        matrix.load(new float[][] {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 1, 0, 0}});
        assertEquals(2, matrix.nearest(doc, scratch));
        assertEquals(SparseVector.EMPTY.dot(twins[0]), 0.0, 0.0);
        assertEquals(0, matrix.nearest(SparseVector.EMPTY, scratch));
    }

    private static SparseVector randomDoc(Random random, int dimension) {
        int size = 1 + random.nextInt(40);
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
        while (ids.size() < size) {
            ids.add(random.nextInt(dimension));
        }
        int[] featureIds = ids.stream().mapToInt(Integer::intValue).toArray();
        float[] weights = new float[size];
        double norm = 0;
        for (int i = 0; i < size; i++) {
            weights[i] = random.nextFloat();
            norm += weights[i] * weights[i];
        }
        for (int i = 0; i < size; i++) {
            weights[i] /= (float) Math.sqrt(norm);
        }
        return new SparseVector(featureIds, weights);
    }

    /** The plain loop the matrix replaced: one dot product per centroid, the first of equal scores wins. */
    private static int nearestOneAtATime(SparseVector doc, float[][] centroids) {
        int best = 0;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double sim = doc.dot(centroids[c]);
            if (sim > bestSim) {
                bestSim = sim;
                best = c;
            }
        }
        return best;
    }
}
