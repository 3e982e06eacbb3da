package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionTheme;
import nl.inbreng.submissions.SubmissionThemeRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Stores one input collected at a stall (tablet or paper) with its themes and its link to the stall day, in
 * one transaction. When the idempotency key was already used, the insert of the link fails on its unique
 * index, the whole transaction rolls back and the caller gets the input stored the first time.
 */
@Singleton
public class StallInputWriter {

    private final TransactionOperations<Connection> transactions;
    private final SubmissionRepository submissions;
    private final SubmissionThemeRepository submissionThemes;
    private final KioskSubmissionRepository links;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    StallInputWriter(TransactionOperations<Connection> transactions, SubmissionRepository submissions,
                     SubmissionThemeRepository submissionThemes, KioskSubmissionRepository links,
                     SubmissionIndexer indexer, Clock clock) {
        this.transactions = transactions;
        this.submissions = submissions;
        this.submissionThemes = submissionThemes;
        this.links = links;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** The outcome: a new input, or the one first stored under this key (with the hash of that request). */
    public record Stored(long submissionId, boolean replay, @Nullable String firstRequestHash) {
    }

    public Stored store(InputRules.ValidInput input, Submission.Channel channel, Kraammoment moment,
                        @Nullable String deviceId, @Nullable String idempotencyKey, @Nullable String requestHash) {
        if (idempotencyKey != null) {
            Optional<KioskSubmission> earlier = links.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return new Stored(earlier.get().submissionId(), true, earlier.get().requestHash());
            }
        }
        try {
            long id = transactions.executeWrite(status -> insert(input, channel, moment, deviceId, idempotencyKey, requestHash));
            return new Stored(id, false, requestHash);
        } catch (RuntimeException e) {
            if (idempotencyKey == null || !isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent retry with the same key won the race; its transaction has committed by now.
            KioskSubmission first = links.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> e);
            return new Stored(first.submissionId(), true, first.requestHash());
        }
    }

    private long insert(InputRules.ValidInput input, Submission.Channel channel, Kraammoment moment,
                        @Nullable String deviceId, @Nullable String idempotencyKey, @Nullable String requestHash) {
        LocalDateTime now = LocalDateTime.now(clock);
        Submission saved = submissions.save(new Submission(null, null, moment.gemeenteId(), null, input.areaId(),
                input.problem(), input.solution(), input.respondentType(), null, channel, Submission.SubmissionStatus.NIEUW,
                input.themeCodes().isEmpty(), now, now, null));
        boolean first = true;
        for (String code : input.themeCodes()) {
            submissionThemes.save(new SubmissionTheme(null, saved.id(), code, first));
            first = false;
        }
        links.save(new KioskSubmission(null, saved.id(), moment.id(), deviceId, idempotencyKey, requestHash, now));
        // In the same transaction: a retry that loses the race rolls back its outbox row too.
        indexer.index(saved.id());
        return saved.id();
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
