package nl.inbreng.submissions.admin;

import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.submissions.SubmissionRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The internal notes on one input, oldest first (ids grow with time), with the author's user name. */
@Singleton
class ListNotes {

    /** The notes, or no such input. */
    sealed interface Result {
        record Found(List<NoteView> notes) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final SubmissionNoteRepository notes;
    private final AdminUserRepository users;

    ListNotes(SubmissionRepository submissions, SubmissionNoteRepository notes, AdminUserRepository users) {
        this.submissions = submissions;
        this.notes = notes;
        this.users = users;
    }

    Result list(long submissionId) {
        if (!submissions.existsById(submissionId)) {
            return new Result.NotFound();
        }
        Map<Long, String> names = new HashMap<>();
        return new Result.Found(notes.findBySubmissionIdOrderById(submissionId).stream()
                .map(n -> new NoteView(n.id(), names.computeIfAbsent(n.authorUserId(),
                        uid -> users.findById(uid).map(AdminUser::username).orElse("?")), n.body(), n.createdAt()))
                .toList());
    }
}
