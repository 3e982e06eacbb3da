package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One person's place at a thematafel, confirmed or on the waitlist; reached through a secret link. */
@MappedEntity("table_registration")
public record Registration(
        @Id @GeneratedValue @Nullable Long id,
        Long sessionId,
        String tokenHash,
        String name,
        @Nullable String organisation,
        String email,
        String emailNormalised,
        @Nullable String accessNeeds,
        Status status,
        @Nullable Boolean attended,
        LocalDateTime registeredAt,
        LocalDateTime statusChangedAt,
        @Nullable LocalDateTime reminderSentAt) {

    /** Where a registration stands. */
    public enum Status { CONFIRMED, WAITLISTED, CANCELLED }

    public Registration withAttended(boolean present) {
        return new Registration(id, sessionId, tokenHash, name, organisation, email, emailNormalised, accessNeeds,
                status, present, registeredAt, statusChangedAt, reminderSentAt);
    }

    Registration withStatus(Status newStatus, LocalDateTime at) {
        return new Registration(id, sessionId, tokenHash, name, organisation, email, emailNormalised, accessNeeds,
                newStatus, attended, registeredAt, at, reminderSentAt);
    }
}
