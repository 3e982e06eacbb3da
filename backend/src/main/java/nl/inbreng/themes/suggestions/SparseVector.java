package nl.inbreng.themes.suggestions;

/** A sparse vector with increasing feature numbers. */
record SparseVector(int[] index, double[] value) {

    /** Both vectors have sorted indexes: a merge walk. */
    double dot(SparseVector other) {
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

    double dot(double[] dense) {
        double sum = 0;
        for (int k = 0; k < index.length; k++) {
            sum += dense[index[k]] * value[k];
        }
        return sum;
    }

    double squaredNorm() {
        double sum = 0;
        for (double v : value) {
            sum += v * v;
        }
        return sum;
    }
}
