package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Which stall day and device collected an input, and under which idempotency key it was sent. */
@MappedEntity("kiosk_submission")
public record KioskSubmission(
        @Id @GeneratedValue @Nullable Long id,
        Long submissionId,
        Long kraammomentId,
        @Nullable String deviceId,
        @Nullable String idempotencyKey,
        @Nullable String requestHash,
        LocalDateTime createdAt) {
}
