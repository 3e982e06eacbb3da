package nl.inbreng.submissions.admin;

import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.Submission.SubmissionStatus;

import java.time.LocalDateTime;

/** Copies of a submission with one moderation field changed (the record has no withers of its own). */
final class StoredSubmissions {

    private StoredSubmissions() {
    }

    static Submission withStatus(Submission s, SubmissionStatus status, boolean themeUnsure, LocalDateTime now) {
        return new Submission(s.id(), s.receiptHash(), s.gemeenteId(), s.roundId(), s.areaId(), s.problem(),
                s.solution(), s.respondentType(), s.ageBand(), s.channel(), status, themeUnsure, s.createdAt(), now,
                s.withdrawnAt());
    }
}
