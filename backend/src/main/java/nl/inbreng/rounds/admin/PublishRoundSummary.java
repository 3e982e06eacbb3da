package nl.inbreng.rounds.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.rounds.RoundSummary;
import nl.inbreng.rounds.SummaryMails;
import nl.inbreng.rounds.RoundSummaryProposal;
import nl.inbreng.rounds.RoundSummaryProposalRepository;
import nl.inbreng.rounds.RoundSummaryRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A second beheerder publishes the waiting proposal (four eyes, ADR 0136): the server refuses the proposer, whatever
 * the screen shows. Publishing replaces the public text, keeps a council decision that was already entered, and in
 * the same transaction queues one mail for every resident who asked to hear back (ADR 0137).
 */
@Singleton
class PublishRoundSummary {

    private final RoundSummaryProposalRepository proposals;
    private final RoundSummaryRepository summaries;
    private final SummaryMails feedback;
    private final Clock clock;

    PublishRoundSummary(RoundSummaryProposalRepository proposals, RoundSummaryRepository summaries,
                        SummaryMails feedback, Clock clock) {
        this.proposals = proposals;
        this.summaries = summaries;
        this.feedback = feedback;
        this.clock = clock;
    }

    sealed interface Result {
        record Published(RoundSummary summary, int mailsQueued) implements Result {
        }

        /** There is no proposal to publish (none written, or already published). */
        record NothingProposed() implements Result {
        }

        record OwnProposal() implements Result {
        }
    }

    @Transactional
    Result publish(long roundId, long publishedBy) {
        Optional<RoundSummaryProposal> found = proposals.findByRoundId(roundId);
        if (found.isEmpty()) {
            return new Result.NothingProposed();
        }
        RoundSummaryProposal proposal = found.get();
        if (proposal.proposedBy() == publishedBy) {
            return new Result.OwnProposal();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RoundSummary summary = summaries.findByRoundId(roundId)
                .map(existing -> summaries.update(new RoundSummary(existing.id(), roundId, proposal.text(), publishedBy, now,
                        proposal.proposedBy(), existing.councilDecision(), existing.councilDecidedOn())))
                .orElseGet(() -> summaries.save(new RoundSummary(null, roundId, proposal.text(), publishedBy, now,
                        proposal.proposedBy(), null, null)));
        proposals.delete(proposal);
        return new Result.Published(summary, feedback.enqueue(roundId));
    }
}
