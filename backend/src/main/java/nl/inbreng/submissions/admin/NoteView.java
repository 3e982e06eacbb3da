package nl.inbreng.submissions.admin;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** An internal note as the admin app shows it: who wrote what, when. */
@Serdeable
record NoteView(long id, String author, String text, LocalDateTime createdAt) {
}
