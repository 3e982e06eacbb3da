package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** The approved public summary of a round: what the gemeente does with the input ("Wat doen we ermee"). */
@MappedEntity("round_summary")
public record RoundSummary(
        @Id @GeneratedValue @Nullable Long id,
        Long roundId,
        String text,
        Long approvedBy,
        LocalDateTime approvedAt) {
}
