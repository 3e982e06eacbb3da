package nl.inbreng.submissions;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.SubmissionIndexer;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A resident withdraws their input: its texts and contact details are erased from the database and the search
 * index. The row itself, its themes and its receipt hash stay, so counts remain honest and the resident can
 * still see that the withdrawal happened.
 */
@Singleton
class WithdrawSubmission {

    /** What the withdrawal did. */
    sealed interface Result {
        record Withdrawn() implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final ContactDetailsRepository contacts;
    private final SubmissionIndexer indexer;
    private final DuplicateLinks duplicates;
    private final IndexOutboxWorker indexWorker;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    WithdrawSubmission(SubmissionRepository submissions, ContactDetailsRepository contacts, SubmissionIndexer indexer,
                       DuplicateLinks duplicates, IndexOutboxWorker indexWorker, TransactionOperations<Connection> transactions, Clock clock) {
        this.submissions = submissions;
        this.contacts = contacts;
        this.indexer = indexer;
        this.duplicates = duplicates;
        this.indexWorker = indexWorker;
        this.transactions = transactions;
        this.clock = clock;
    }

    Result withdraw(String receipt) {
        Optional<Submission> found = ReceiptCode.hashOf(receipt).flatMap(submissions::findByReceiptHash);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Submission s = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        transactions.executeWrite(status -> {
            contacts.deleteBySubmissionId(s.id());
            indexer.remove(s.id());
            // Merged or not, the resident's withdrawal wins; the merge group is repaired around it.
            duplicates.afterWithdrawal(s.id());
            return submissions.update(s.withdrawn(now));
        });
        // The contract promises the text is gone from the index when DELETE returns, not a moment later.
        indexWorker.awaitCaughtUp();
        return new Result.Withdrawn();
    }
}
