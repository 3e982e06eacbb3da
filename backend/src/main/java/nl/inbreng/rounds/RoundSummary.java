package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The published summary of a round: what the gemeente does with the input ("Wat doen we ermee"). One beheerder
 * proposed it and another published it ({@code approvedBy}/{@code approvedAt} are the publisher and the moment);
 * what the council decided is added when it is known.
 */
@MappedEntity("round_summary")
public record RoundSummary(
        @Id @GeneratedValue @Nullable Long id,
        Long roundId,
        String text,
        Long approvedBy,
        LocalDateTime approvedAt,
        @Nullable Long proposedBy,
        @Nullable String councilDecision,
        @Nullable LocalDate councilDecidedOn) {
}
