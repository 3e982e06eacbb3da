package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A theme an input is tagged with; one of them may be the primary theme. */
@MappedEntity("submission_theme")
public record SubmissionTheme(@Id @GeneratedValue @Nullable Long id, Long submissionId, String themaCode, boolean isPrimary) {
}
