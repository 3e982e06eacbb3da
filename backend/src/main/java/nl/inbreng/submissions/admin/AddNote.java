package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.submissions.SubmissionRepository;

import java.time.Clock;
import java.time.LocalDateTime;

/** A werkgroep member writes an internal note on an input. Notes are not searchable and never public. */
@Singleton
class AddNote {

    static final int MAX_LENGTH = 2000;

    /** What adding did. */
    sealed interface Result {
        record Added(NoteView note) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final SubmissionRepository submissions;
    private final SubmissionNoteRepository notes;
    private final Clock clock;

    AddNote(SubmissionRepository submissions, SubmissionNoteRepository notes, Clock clock) {
        this.submissions = submissions;
        this.notes = notes;
        this.clock = clock;
    }

    @Transactional
    Result add(long submissionId, @Nullable String text, AdminPrincipal author) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Schrijf een notitie.");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "Gebruik hoogstens " + MAX_LENGTH + " tekens.");
        }
        if (!submissions.existsById(submissionId)) {
            return new Result.NotFound();
        }
        SubmissionNote saved = notes.save(new SubmissionNote(null, submissionId, author.userId(), text.strip(),
                LocalDateTime.now(clock)));
        return new Result.Added(new NoteView(saved.id(), author.username(), saved.body(), saved.createdAt()));
    }
}
