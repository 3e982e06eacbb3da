package nl.inbreng.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A request sent with an Idempotency-Key and its encrypted answer; written and completed in the work's own transaction. */
@MappedEntity("idempotency_record")
record IdempotencyRecord(
        @Id @GeneratedValue @Nullable Long id,
        String keyHash,
        String requestHash,
        @Nullable Integer statusCode,
        @Nullable String answerCipher,
        LocalDateTime createdAt,
        @Nullable LocalDateTime completedAt) {

    boolean isCompleted() {
        return completedAt != null;
    }
}
