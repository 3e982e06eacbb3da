package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A suspected piece of personal data that a person chose to keep; the piece itself only as a hash. */
@MappedEntity("kept_suspect")
public record KeptSuspect(
        @Id @GeneratedValue @Nullable Long id,
        Long submissionId,
        String field,
        String spanHash,
        String kind,
        String keptBy,
        LocalDateTime keptAt) {
}
