package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** An internal note of the werkgroep on one input; residents never see it. */
@MappedEntity("submission_note")
record SubmissionNote(@Id @GeneratedValue @Nullable Long id, Long submissionId, Long authorUserId, String body,
                      LocalDateTime createdAt) {
}
