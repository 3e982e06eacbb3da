package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * An organisation types its invitation code on the round page before the advice form appears: residents never see
 * that long form, and a wrong or used code is said at the code field before anyone writes advice. Checking does not
 * use the code up; only giving the advice does.
 */
@Singleton
class CheckInvitationCode {

    private final RoundBySlugRepository rounds;
    private final InvitationLookup lookup;
    private final OrganisationRepository organisations;
    private final Clock clock;

    CheckInvitationCode(RoundBySlugRepository rounds, InvitationLookup lookup, OrganisationRepository organisations, Clock clock) {
        this.rounds = rounds;
        this.lookup = lookup;
        this.organisations = organisations;
        this.clock = clock;
    }

    sealed interface Result {
        record Valid(String organisationName) implements Result {
        }

        record RoundNotFound() implements Result {
        }

        record RoundNotOpen(RoundState state, LocalDateTime opensAt) implements Result {
        }

        /** Unknown, expired or used: the Dutch message for the code field. */
        record Refused(String message) implements Result {
        }
    }

    Result check(String slug, @Nullable String code) {
        Round round = rounds.findBySlug(slug).orElse(null);
        if (round == null) {
            return new Result.RoundNotFound();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RoundState roundState = RoundState.of(round, now);
        if (roundState != RoundState.OPEN) {
            return new Result.RoundNotOpen(roundState, round.opensAt());
        }
        InvitationLookup.CodeState state = lookup.find(round, code, now);
        if (state instanceof InvitationLookup.CodeState.Usable usable) {
            return new Result.Valid(organisations.findById(usable.invitation().organisationId()).map(Organisation::name).orElse(""));
        }
        if (state instanceof InvitationLookup.CodeState.Expired) {
            return new Result.Refused(InvitationLookup.EXPIRED);
        }
        return new Result.Refused(state instanceof InvitationLookup.CodeState.Used ? InvitationLookup.USED : InvitationLookup.UNKNOWN);
    }
}
