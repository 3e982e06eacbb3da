package nl.inbreng.submissions;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
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
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    WithdrawSubmission(SubmissionRepository submissions, ContactDetailsRepository contacts, SubmissionIndexer indexer,
                       TransactionOperations<Connection> transactions, Clock clock) {
        this.submissions = submissions;
        this.contacts = contacts;
        this.indexer = indexer;
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
            return submissions.update(new Submission(s.id(), s.receiptHash(), s.gemeenteId(), s.roundId(), s.areaId(),
                    null, null, s.respondentType(), s.ageBand(), s.channel(), Submission.SubmissionStatus.INGETROKKEN,
                    s.themeUnsure(), s.createdAt(), now, s.withdrawnAt() == null ? now : s.withdrawnAt()));
        });
        // after the commit: should indexing fail, the text is already gone from the source of truth
        indexer.remove(s.id());
        return new Result.Withdrawn();
    }
}
