package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Contact details, kept apart from the input, only with consent, for one purpose and until a set date. */
@MappedEntity("contact_details")
public record ContactDetails(
        @Id @GeneratedValue @Nullable Long id,
        Long submissionId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        ContactPurpose purpose,
        LocalDateTime consentAt,
        LocalDate deleteAfter) {

    /** Why the municipality may use the details; nothing else is allowed. */
    public enum ContactPurpose { TERUGKOPPELING, VERDUIDELIJKING }
}
