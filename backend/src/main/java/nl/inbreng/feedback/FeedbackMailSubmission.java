package nl.inbreng.feedback;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Which inputs a mail answers; an input appears at most once, ever. */
@MappedEntity("feedback_mail_submission")
record FeedbackMailSubmission(@Id Long submissionId, Long mailId) {
}
