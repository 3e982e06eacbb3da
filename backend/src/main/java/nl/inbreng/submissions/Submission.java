package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One input. Problem and solution become null on withdrawal; the row remains so that counts stay honest.
 * Themes and contact details live in their own tables.
 *
 * <p>Build one by name ({@link #builder()}) and change one with the {@code with…} copies: the positional constructor
 * is called in {@link Builder#build()} only, so a new column is added here and in the places that read it, nowhere
 * else. New inputs are stored through {@link StoreInput}, which builds them.
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

    /** An empty builder: status NIEUW, everything else unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this submission, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same input with another review status, changed at {@code now}. */
    public Submission withStatus(SubmissionStatus newStatus, LocalDateTime now) {
        return toBuilder().status(newStatus).updatedAt(now).build();
    }

    /** The same input with other texts (redaction), changed at {@code now}. */
    public Submission withTexts(@Nullable String newProblem, @Nullable String newSolution, LocalDateTime now) {
        return toBuilder().problem(newProblem).solution(newSolution).updatedAt(now).build();
    }

    /** The same input after the resident withdrew it: texts gone, status INGETROKKEN, first withdrawal moment kept. */
    public Submission withdrawn(LocalDateTime now) {
        return toBuilder().problem(null).solution(null).status(SubmissionStatus.INGETROKKEN).updatedAt(now)
                .withdrawnAt(withdrawnAt == null ? now : withdrawnAt).build();
    }

    /** Named construction of a submission; see the record's comment. */
    public static final class Builder {
        private @Nullable Long id;
        private @Nullable String receiptHash;
        private @Nullable Long gemeenteId;
        private @Nullable Long roundId;
        private @Nullable Long areaId;
        private @Nullable String problem;
        private @Nullable String solution;
        private @Nullable RespondentType respondentType;
        private @Nullable String ageBand;
        private @Nullable Channel channel;
        private SubmissionStatus status = SubmissionStatus.NIEUW;
        private boolean themeUnsure;
        private @Nullable LocalDateTime createdAt;
        private @Nullable LocalDateTime updatedAt;
        private @Nullable LocalDateTime withdrawnAt;

        private Builder() {
        }

        private Builder(Submission s) {
            id = s.id;
            receiptHash = s.receiptHash;
            gemeenteId = s.gemeenteId;
            roundId = s.roundId;
            areaId = s.areaId;
            problem = s.problem;
            solution = s.solution;
            respondentType = s.respondentType;
            ageBand = s.ageBand;
            channel = s.channel;
            status = s.status;
            themeUnsure = s.themeUnsure;
            createdAt = s.createdAt;
            updatedAt = s.updatedAt;
            withdrawnAt = s.withdrawnAt;
        }

        public Builder id(@Nullable Long value) {
            id = value;
            return this;
        }

        public Builder receiptHash(@Nullable String value) {
            receiptHash = value;
            return this;
        }

        public Builder gemeenteId(@Nullable Long value) {
            gemeenteId = value;
            return this;
        }

        public Builder roundId(@Nullable Long value) {
            roundId = value;
            return this;
        }

        public Builder areaId(@Nullable Long value) {
            areaId = value;
            return this;
        }

        public Builder problem(@Nullable String value) {
            problem = value;
            return this;
        }

        public Builder solution(@Nullable String value) {
            solution = value;
            return this;
        }

        public Builder respondentType(RespondentType value) {
            respondentType = value;
            return this;
        }

        public Builder ageBand(@Nullable String value) {
            ageBand = value;
            return this;
        }

        public Builder channel(Channel value) {
            channel = value;
            return this;
        }

        public Builder status(SubmissionStatus value) {
            status = value;
            return this;
        }

        public Builder themeUnsure(boolean value) {
            themeUnsure = value;
            return this;
        }

        /** Created (and, unless set otherwise, last changed) at this moment. */
        public Builder createdAt(LocalDateTime value) {
            createdAt = value;
            if (updatedAt == null) {
                updatedAt = value;
            }
            return this;
        }

        public Builder updatedAt(LocalDateTime value) {
            updatedAt = value;
            return this;
        }

        public Builder withdrawnAt(@Nullable LocalDateTime value) {
            withdrawnAt = value;
            return this;
        }

        /** The submission; respondent type, channel and creation moment are required. */
        public Submission build() {
            Objects.requireNonNull(respondentType, "respondentType");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(createdAt, "createdAt");
            return new Submission(id, receiptHash, gemeenteId, roundId, areaId, problem, solution, respondentType, ageBand,
                    channel, status, themeUnsure, createdAt, updatedAt == null ? createdAt : updatedAt, withdrawnAt);
        }
    }
}
