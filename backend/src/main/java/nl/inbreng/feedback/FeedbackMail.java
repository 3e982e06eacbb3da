package nl.inbreng.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One mail to one resident about one published round summary; the address is not here (see contact_details). */
@MappedEntity("feedback_mail")
record FeedbackMail(
        @Id @GeneratedValue @Nullable Long id,
        Long roundId,
        Status status,
        int attempts,
        LocalDateTime nextAttemptAt,
        @Nullable LocalDateTime leaseUntil,
        @Nullable String claimToken,
        LocalDateTime createdAt,
        @Nullable LocalDateTime sentAt) {

    /**
     * WACHT: to be sent (again) from next_attempt_at; BEZIG: claimed by a worker until lease_until; VERSTUURD: done;
     * MISLUKT: gave up after {@link FeedbackMailOutbox#MAX_ATTEMPTS}; VERVALLEN: the address was gone (withdrawn).
     */
    enum Status { WACHT, BEZIG, VERSTUURD, MISLUKT, VERVALLEN }
}
