package nl.inbreng.priorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One ranked theme of a vote: rank 1 is the most important. */
@MappedEntity("priority_vote_theme")
public record PriorityVoteTheme(@Id @GeneratedValue @Nullable Long id, Long voteId, int rankPosition, String themaCode) {
}
