package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.themes.ThemaRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A werkgroep member sets or removes the manual weight of a theme, for one round or for all rounds. The weight
 * multiplies the calculated score (0.5 halves it, 2 doubles it); the reason is shown next to it, so the council sees
 * why the werkgroep deviated from the figures. Who and when are kept here and in the audit log.
 */
@Singleton
class SetThemeWeight {

    static final BigDecimal MIN = new BigDecimal("0.5");
    static final BigDecimal MAX = new BigDecimal("2.0");
    static final int MAX_REASON = 300;

    private final ThemeWeightRepository weights;
    private final ThemaRepository themes;
    private final RoundRepository rounds;
    private final Clock clock;

    SetThemeWeight(ThemeWeightRepository weights, ThemaRepository themes, RoundRepository rounds, Clock clock) {
        this.weights = weights;
        this.themes = themes;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The outcome: stored, removed (or there was none), or the round does not exist. Wrong input throws. */
    sealed interface Result {
        record Stored(ThemeWeight weight) implements Result {
        }

        record Removed() implements Result {
        }

        record RoundNotFound() implements Result {
        }
    }

    @Transactional
    Result set(@Nullable Long round, @Nullable String themeCode, @Nullable BigDecimal weight, @Nullable String reason,
               long userId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (themeCode == null || !themes.existsById(themeCode)) {
            errors.add(new Problem.FieldError("themeCode", "Kies een bestaand thema."));
        }
        if (weight == null || weight.compareTo(MIN) < 0 || weight.compareTo(MAX) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            errors.add(new Problem.FieldError("weight",
                    "Vul een gewicht in van 0,5 tot en met 2 (hoogstens twee cijfers achter de komma). 1 betekent: geen aanpassing."));
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.length() < 3) {
            errors.add(new Problem.FieldError("reason", "Schrijf kort waarom u dit gewicht geeft."));
        } else if (cleanReason.length() > MAX_REASON) {
            errors.add(new Problem.FieldError("reason", "Gebruik hoogstens " + MAX_REASON + " tekens."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (round != null && !rounds.existsById(round)) {
            return new Result.RoundNotFound();
        }
        long scope = round == null ? ThemeWeight.ALL_ROUNDS : round;
        BigDecimal stored = weight.setScale(2, RoundingMode.UNNECESSARY);
        LocalDateTime now = LocalDateTime.now(clock);
        ThemeWeight saved = weights.findByRoundScopeAndThemaCode(scope, themeCode)
                .map(existing -> weights.update(new ThemeWeight(existing.id(), scope, themeCode, stored, cleanReason, userId, now)))
                .orElseGet(() -> weights.save(new ThemeWeight(null, scope, themeCode, stored, cleanReason, userId, now)));
        return new Result.Stored(saved);
    }

    @Transactional
    Result remove(@Nullable Long round, String themeCode) {
        if (round != null && !rounds.existsById(round)) {
            return new Result.RoundNotFound();
        }
        weights.findByRoundScopeAndThemaCode(round == null ? ThemeWeight.ALL_ROUNDS : round, themeCode)
                .ifPresent(weights::delete);
        return new Result.Removed();
    }
}
