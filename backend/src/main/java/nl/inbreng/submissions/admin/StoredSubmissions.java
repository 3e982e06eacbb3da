package nl.inbreng.submissions.admin;

import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.SubmissionStatus;

import java.time.LocalDateTime;

/** Copies of a submission with the moderation fields changed (status and the "Weet ik niet" mark). */
final class StoredSubmissions {

    private StoredSubmissions() {
    }

    static Submission withStatus(Submission s, SubmissionStatus status, boolean themeUnsure, LocalDateTime now) {
        return s.toBuilder().status(status).themeUnsure(themeUnsure).updatedAt(now).build();
    }
}
