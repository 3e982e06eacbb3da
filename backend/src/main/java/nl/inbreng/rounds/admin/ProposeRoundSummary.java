package nl.inbreng.rounds.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundSummaryProposal;
import nl.inbreng.rounds.RoundSummaryProposalRepository;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A beheerder proposes the public summary of a round. Nothing is public yet: another beheerder publishes it
 * ({@link PublishRoundSummary}). A new proposal replaces the waiting one, and then its author is the new proposer.
 */
@Singleton
class ProposeRoundSummary {

    static final int MAX_LENGTH = 10_000;

    private final RoundRepository rounds;
    private final RoundSummaryProposalRepository proposals;
    private final Clock clock;

    ProposeRoundSummary(RoundRepository rounds, RoundSummaryProposalRepository proposals, Clock clock) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.clock = clock;
    }

    /** The outcome: proposed (new or replaced), or no such round. Empty or too long text throws. */
    sealed interface Result {
        record Proposed(RoundSummaryProposal proposal) implements Result {
        }

        record RoundNotFound() implements Result {
        }
    }

    @Transactional
    Result propose(long roundId, @Nullable String text, long proposedBy) {
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
        RoundSummaryProposal proposal = proposals.findByRoundId(roundId)
                .map(existing -> proposals.update(new RoundSummaryProposal(existing.id(), roundId, text.strip(), proposedBy, now)))
                .orElseGet(() -> proposals.save(new RoundSummaryProposal(null, roundId, text.strip(), proposedBy, now)));
        return new Result.Proposed(proposal);
    }
}
