package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * One input. Problem and solution become null on withdrawal; the row remains so that counts stay honest.
 * Themes and contact details live in their own tables.
 */
@MappedEntity("submission")
public record Submission(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String receiptHash,
        @Nullable Long gemeenteId,
        @Nullable Long roundId,
        @Nullable Long areaId,
        @Nullable String problem,
        @Nullable String solution,
        RespondentType respondentType,
        @Nullable String ageBand,
        Channel channel,
        SubmissionStatus status,
        boolean themeUnsure,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        @Nullable LocalDateTime withdrawnAt) {

    /** Who the respondent says they are. */
    public enum RespondentType { INWONER, ONDERNEMER, PROFESSIONAL, JONGERE, ANDERS }

    /** How the input reached the municipality. */
    public enum Channel { ONLINE, MARKTKRAAM, PAPIER, THEMATAFEL, IMPORT }

    /** Where the input stands in the werkgroep's review. */
    public enum SubmissionStatus { NIEUW, BEOORDEELD, VERBORGEN, SPAM, SAMENGEVOEGD, INGETROKKEN }
}
