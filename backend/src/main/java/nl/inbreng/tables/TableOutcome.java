package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One theme's outcome of a thematafel: the submission holding its text, and the table's priority advice. */
@MappedEntity("table_outcome")
public record TableOutcome(@Id @GeneratedValue @Nullable Long id, Long sessionId, Long submissionId, String themaCode,
                           @Nullable Integer priorityRank, @Nullable String advice, LocalDateTime createdAt) {
}
