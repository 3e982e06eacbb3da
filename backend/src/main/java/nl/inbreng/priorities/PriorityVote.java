package nl.inbreng.priorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.inbreng.submissions.Submission;

import java.time.LocalDateTime;

/** An anonymous ranked top three of themes; the ranks are in priority_vote_theme. */
@MappedEntity("priority_vote")
public record PriorityVote(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long roundId,
        Submission.@Nullable RespondentType respondentType,
        LocalDateTime createdAt) {
}
