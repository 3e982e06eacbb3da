package nl.inbreng.evaluation;

import java.util.List;

/** A plain classifier the evaluation compares the suggestions with: labels ranked for a text, best first. */
public interface Baseline {

    List<String> rank(String text);

    /** kNN over word TF-IDF with cosine similarity, k = 10. */
    static Baseline knn(List<String> texts, List<String> labels) {
        return new KnnBaseline(texts, labels, 10);
    }

    /** Linear SVM (squared hinge, C = 1, one-vs-rest) on word 1-2-grams plus character 2-5-grams TF-IDF. */
    static Baseline svm(List<String> texts, List<String> labels) {
        return new SvmBaseline(texts, labels, 1.0);
    }
}
