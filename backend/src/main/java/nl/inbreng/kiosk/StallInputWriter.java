package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.NewInput;
import nl.inbreng.submissions.StoreInput;
import nl.inbreng.submissions.Submission;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Stores one input collected at a stall (tablet or paper) through StoreInput and links it to the stall day, in
 * one transaction. When the idempotency key was already used, the insert of the link fails on its unique
 * index, the whole transaction rolls back and the caller gets the input stored the first time.
 */
@Singleton
public class StallInputWriter {

    private final TransactionOperations<Connection> transactions;
    private final StoreInput storeInput;
    private final KioskSubmissionRepository links;
    private final Clock clock;

    StallInputWriter(TransactionOperations<Connection> transactions, StoreInput storeInput,
                     KioskSubmissionRepository links, Clock clock) {
        this.transactions = transactions;
        this.storeInput = storeInput;
        this.links = links;
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
        // Joins this transaction: a retry that loses the race rolls back its input and outbox row too.
        long id = storeInput.store(NewInput.builder()
                .problem(input.problem())
                .solution(input.solution())
                .themeCodes(input.themeCodes())
                .respondentType(input.respondentType())
                .channel(channel)
                .gemeenteId(moment.gemeenteId())
                .roundId(moment.roundId())
                .areaId(input.areaId())
                .build()).submissionId();
        links.save(new KioskSubmission(null, id, moment.id(), deviceId, idempotencyKey, requestHash,
                LocalDateTime.now(clock)));
        return id;
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
