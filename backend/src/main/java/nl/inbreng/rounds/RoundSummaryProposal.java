package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A round summary one beheerder proposed; another must publish it before residents see it. */
@MappedEntity("round_summary_proposal")
public record RoundSummaryProposal(
        @Id @GeneratedValue @Nullable Long id,
        Long roundId,
        String text,
        Long proposedBy,
        LocalDateTime proposedAt) {
}
