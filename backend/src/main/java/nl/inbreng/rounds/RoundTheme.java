package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A theme in scope of a round. */
@MappedEntity("round_theme")
public record RoundTheme(@Id @GeneratedValue @Nullable Long id, Long roundId, String themaCode) {
}
