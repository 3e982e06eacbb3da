package nl.inbreng.search;

import java.util.List;

/** Keeps the search index in step with stored input: add on arrival, remove on withdrawal. */
public interface SubmissionIndexer {

    /** What the index holds of one input; texts only as the resident wrote them. */
    record IndexedSubmission(long id, String problem, String solution, List<String> themeCodes) {
    }

    void index(IndexedSubmission submission);

    /** Removes every trace of the input from the index, durably, before returning. */
    void remove(long submissionId);
}
