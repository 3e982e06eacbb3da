package nl.inbreng.clustering;

/** An L2-normalised sparse vector: feature ids ascending with their weights. */
record SparseVector(int[] ids, float[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    boolean isEmpty() {
        return ids.length == 0;
    }

    double dot(float[] dense) {
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += weights[i] * dense[ids[i]];
        }
        return sum;
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    void addTo(float[] dense, float factor) {
        for (int i = 0; i < ids.length; i++) {
            dense[ids[i]] += weights[i] * factor;
        }
    }

    static void normalise(float[] dense) {
        double norm = 0;
        for (float v : dense) {
            norm += v * v;
        }
        if (norm == 0) {
            return;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dense.length; i++) {
            dense[i] *= inv;
        }
    }
}
