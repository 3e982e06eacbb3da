package nl.inbreng.rounds.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundSummary;
import nl.inbreng.rounds.RoundSummaryRepository;

import java.time.Clock;
import java.time.LocalDateTime;

/** A beheerder writes the public summary of a round; saving it is approving it, so it is public at once. */
@Singleton
class ApproveRoundSummary {

    static final int MAX_LENGTH = 10_000;

    private final RoundRepository rounds;
    private final RoundSummaryRepository summaries;
    private final Clock clock;

    ApproveRoundSummary(RoundRepository rounds, RoundSummaryRepository summaries, Clock clock) {
        this.rounds = rounds;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** The outcome: approved (new or replaced), or no such round. Empty or too long text throws. */
    sealed interface Result {
        record Approved(RoundSummary summary) implements Result {
        }

        record RoundNotFound() implements Result {
        }
    }

    @Transactional
    Result approve(long roundId, @Nullable String text, long approvedBy) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Schrijf wat de gemeente met de inbreng doet.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "Gebruik hoogstens " + MAX_LENGTH + " tekens.");
        }
        if (!rounds.existsById(roundId)) {
            return new Result.RoundNotFound();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RoundSummary summary = summaries.findByRoundId(roundId)
                .map(existing -> summaries.update(new RoundSummary(existing.id(), roundId, text.strip(), approvedBy, now)))
                .orElseGet(() -> summaries.save(new RoundSummary(null, roundId, text.strip(), approvedBy, now)));
        return new Result.Approved(summary);
    }
}
