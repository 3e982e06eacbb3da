package nl.inbreng.search;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The one way to tell the search index that a submission changed. Call it inside the transaction that changes the
 * submission: it only writes an outbox row there, so the index follows exactly the committed database state.
 */
@Singleton
public class SubmissionIndexer {

    private final IndexOutboxRepository outbox;
    private final Clock clock;

    SubmissionIndexer(IndexOutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The submission is new or changed (text, themes, status, area…). */
    public void index(long submissionId) {
        enqueue(submissionId);
    }

    /** The submission was withdrawn or deleted; whether it is still indexable is read back from the database. */
    public void remove(long submissionId) {
        enqueue(submissionId);
    }

    private void enqueue(long submissionId) {
        outbox.save(new IndexOutboxEntry(null, submissionId, LocalDateTime.now(clock)));
    }
}
