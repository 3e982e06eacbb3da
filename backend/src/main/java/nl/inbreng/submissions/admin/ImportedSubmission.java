package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Where an imported input came from: its upload, its line there and the source's own number. */
@MappedEntity("import_submission")
record ImportedSubmission(@Id @GeneratedValue @Nullable Long id, Long importId, Long submissionId, int lineNumber,
                          @Nullable String externalId) {
}
