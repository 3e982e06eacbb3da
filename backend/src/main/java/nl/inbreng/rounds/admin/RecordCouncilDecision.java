package nl.inbreng.rounds.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.rounds.RoundSummary;
import nl.inbreng.rounds.RoundSummaryRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the council decided, added to a published summary once it is known. Empty text removes it again. The portal
 * shows it only when it is there, so a published summary never reads as a council decision by itself.
 */
@Singleton
class RecordCouncilDecision {

    static final int MAX_LENGTH = 5_000;

    private final RoundSummaryRepository summaries;
    private final Clock clock;

    RecordCouncilDecision(RoundSummaryRepository summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    sealed interface Result {
        record Recorded(RoundSummary summary) implements Result {
        }

        record NotPublished() implements Result {
        }
    }

    @Transactional
    Result record(long roundId, @Nullable String decision, @Nullable LocalDate decidedOn) {
        Optional<RoundSummary> found = summaries.findByRoundId(roundId);
        if (found.isEmpty()) {
            return new Result.NotPublished();
        }
        boolean empty = decision == null || decision.isBlank();
        if (!empty && decision.length() > MAX_LENGTH) {
            throw new InvalidInputException("councilDecision", "Gebruik hoogstens " + MAX_LENGTH + " tekens.");
        }
        if (!empty && decidedOn == null) {
            throw new InvalidInputException("councilDecidedOn", "Vul de datum in waarop de gemeenteraad besloot.");
        }
        if (!empty && decidedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("councilDecidedOn", "Deze datum ligt in de toekomst. Vul de datum van het besluit in.");
        }
        RoundSummary s = found.get();
        return new Result.Recorded(summaries.update(new RoundSummary(s.id(), s.roundId(), s.text(), s.approvedBy(),
                s.approvedAt(), s.proposedBy(), empty ? null : decision.strip(), empty ? null : decidedOn)));
    }
}
