package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.rounds.CurrentRounds;
import nl.inbreng.rounds.RespondentGroups;
import nl.inbreng.rounds.Round;
import nl.inbreng.submissions.Submission.RespondentType;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The round an input (or a priority vote) belongs to when its channel did not name one: the round that is open for
 * the respondent's group in the input's gemeente (CONTRACT). A channel's own choice (the portal's round page, the
 * kraammoment's round, a thematafel's round, an import's roundId) always wins; this rule fills only the gap.
 *
 * <p>Candidates: rounds open at that moment, not by invitation (those collect organisations' advice), whose
 * doelgroep takes this group ({@link #groupsOf}), in the input's gemeente (or without one, or any gemeente when the
 * input has none), and whose themes (if the round has any) cover the input's themes. When several fit, the most
 * specific wins: the group's own doelgroep before IEDEREEN, the gemeente's own round before a round without
 * gemeente, then the one closing first, then the oldest. The portal asks the visitor to choose in that case.
 */
@Singleton
public class RoundOfInput implements RespondentGroups {

    private final CurrentRounds rounds;

    RoundOfInput(CurrentRounds rounds) {
        this.rounds = rounds;
    }

    /** The respondent groups a round with this doelgroep takes input from; wijkraden give advice by invitation only. */
    public static Set<RespondentType> groupsOf(Round.Doelgroep doelgroep) {
        return switch (doelgroep) {
            case IEDEREEN -> EnumSet.allOf(RespondentType.class);
            case INWONERS -> EnumSet.of(RespondentType.INWONER, RespondentType.JONGERE);
            case ONDERNEMERS -> EnumSet.of(RespondentType.ONDERNEMER);
            case PROFESSIONALS -> EnumSet.of(RespondentType.PROFESSIONAL);
            case WIJKRADEN -> EnumSet.noneOf(RespondentType.class);
        };
    }

    @Override
    public List<String> of(Round.Doelgroep doelgroep) {
        return groupsOf(doelgroep).stream().map(Enum::name).toList();
    }

    /** The round for input from this group in this gemeente about these themes at this moment, if any is open. */
    public Optional<Round> find(@Nullable Long gemeenteId, RespondentType group, List<String> themeCodes,
                                LocalDateTime at) {
        return rounds.openAt(at).stream()
                .filter(scoped -> !scoped.round().byInvitation())
                .filter(scoped -> groupsOf(scoped.round().doelgroep()).contains(group))
                .filter(scoped -> gemeenteId == null || scoped.round().gemeenteId() == null
                        || gemeenteId.equals(scoped.round().gemeenteId()))
                .filter(scoped -> scoped.covers(themeCodes))
                .map(CurrentRounds.ScopedRound::round)
                .min(Comparator.comparing((Round round) -> round.doelgroep() == Round.Doelgroep.IEDEREEN)
                        .thenComparing(round -> gemeenteId != null && round.gemeenteId() == null)
                        .thenComparing(Round::closesAt)
                        .thenComparing(Round::id));
    }
}
