package nl.inbreng.themes.suggestions;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagged inputs by feature (an inverted index), to find the most similar tagged inputs of a text by cosine
 * without comparing it with every tagged input in turn.
 */
final class NeighbourIndex {

    /** One tagged input and its cosine to the text asked about. */
    record Neighbour(int row, double similarity) {
    }

    private final int rows;
    private final int[] start;
    private final int[] postingRow;
    private final double[] postingValue;

    /** @param rows the vectors of the tagged inputs; a neighbour is reported by its position in this list */
    NeighbourIndex(List<SparseVector> rows, int dimension) {
        this.rows = rows.size();
        int[] count = new int[dimension + 1];
        for (SparseVector row : rows) {
            for (int feature : row.index()) {
                count[feature + 1]++;
            }
        }
        for (int f = 0; f < dimension; f++) {
            count[f + 1] += count[f];
        }
        this.start = count.clone();
        this.postingRow = new int[count[dimension]];
        this.postingValue = new double[count[dimension]];
        int[] next = count.clone();
        for (int r = 0; r < rows.size(); r++) {
            SparseVector row = rows.get(r);
            for (int k = 0; k < row.index().length; k++) {
                int at = next[row.index()[k]]++;
                postingRow[at] = r;
                postingValue[at] = row.value()[k];
            }
        }
    }

    /** The cosine of the text to every tagged input. */
    double[] similarities(SparseVector x) {
        double[] similarity = new double[rows];
        for (int k = 0; k < x.index().length; k++) {
            int feature = x.index()[k];
            double value = x.value()[k];
            for (int p = start[feature]; p < start[feature + 1]; p++) {
                similarity[postingRow[p]] += value * postingValue[p];
            }
        }
        return similarity;
    }

    /** The {@code k} most similar tagged inputs, most similar first (ties: the earlier input first). */
    List<Neighbour> nearest(SparseVector x, int k) {
        return best(similarities(x), k, null);
    }

    /** Among the rows {@code allowed} marks, the {@code k} highest similarities, highest first. */
    static List<Neighbour> best(double[] similarity, int k, boolean[] allowed) {
        List<Neighbour> best = new ArrayList<>(k + 1);
        for (int r = 0; r < similarity.length; r++) {
            if (similarity[r] <= 0 || (allowed != null && !allowed[r])) {
                continue;
            }
            if (best.size() == k && similarity[r] <= best.get(k - 1).similarity()) {
                continue;
            }
            int at = best.size();
            while (at > 0 && best.get(at - 1).similarity() < similarity[r]) {
                at--;
            }
            best.add(at, new Neighbour(r, similarity[r]));
            if (best.size() > k) {
                best.remove(k);
            }
        }
        return best;
    }
}
