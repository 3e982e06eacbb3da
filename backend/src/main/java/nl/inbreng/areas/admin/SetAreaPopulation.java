package nl.inbreng.areas.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A beheerder enters how many people live in an area (and from which year that figure is), so the dashboard can set
 * each area's share of the input against its share of the population. Leaving the number empty clears it.
 */
@Singleton
class SetAreaPopulation {

    static final int MAX_POPULATION = 2_000_000;

    private final AreaPopulationRepository areas;
    private final Clock clock;

    SetAreaPopulation(AreaPopulationRepository areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    /** The outcome: stored, or no such area. Wrong figures throw. */
    sealed interface Result {
        record Stored() implements Result {
        }

        record AreaNotFound() implements Result {
        }
    }

    @Transactional
    Result set(long areaId, @Nullable Integer population, @Nullable Integer year) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (population != null && (population < 0 || population > MAX_POPULATION)) {
            errors.add(new Problem.FieldError("population", "Vul een aantal inwoners in van 0 tot en met 2.000.000, of laat het leeg."));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year != null && (year < 1990 || year > thisYear)) {
            errors.add(new Problem.FieldError("year", "Vul het jaar van de telling in, van 1990 tot en met " + thisYear + "."));
        }
        if (population == null && year != null) {
            errors.add(new Problem.FieldError("population", "Vul ook het aantal inwoners in, of laat het jaar leeg."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return areas.setPopulation(areaId, population, population == null ? null : year) == 1
                ? new Result.Stored() : new Result.AreaNotFound();
    }
}
