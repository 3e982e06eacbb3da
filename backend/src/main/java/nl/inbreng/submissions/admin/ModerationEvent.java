package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.inbreng.submissions.Submission.SubmissionStatus;

import java.time.LocalDateTime;

/**
 * One moderation step on an input. {@code restoreStatus} is where "restore" returns to (NIEUW or BEOORDEELD), kept
 * here so that hiding a spam-marked input and then restoring it never lands back on SPAM.
 */
@MappedEntity("moderation_event")
record ModerationEvent(@Id @GeneratedValue @Nullable Long id, Long submissionId, Long authorUserId, Action action,
                       @Nullable String reasonCode, SubmissionStatus restoreStatus, LocalDateTime createdAt) {

    /** What was done. */
    enum Action { HIDE, SPAM, RESTORE, RETAG, MERGE, UNMERGE }
}
