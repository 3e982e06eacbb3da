package nl.inbreng.tables.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.List;

/** What the facilitator and the beheerder send. */
final class FacilitatorRequests {

    private FacilitatorRequests() {
    }

    /** A thematafel to plan or change; times are Dutch wall-clock time; doelgroep as a round's (INWONERS, …). */
    @Serdeable
    record NewSession(@Nullable String title, @Nullable String description, @Nullable List<String> themeCodes,
                      @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
                      @Nullable Integer capacity, @Nullable String facilitator, @Nullable Long roundId,
                      @Nullable String doelgroep) {
    }

    /** Whether a registered person was at the table. */
    @Serdeable
    record Attendance(boolean attended) {
    }

    /** What the table said about one theme, and where it ranks that theme in its top three (or not). */
    @Serdeable
    record Outcome(@Nullable String themeCode, @Nullable String problem, @Nullable String solution,
                   @Nullable Integer priorityRank, @Nullable String advice) {
    }

    /** The short report that participants can read through their link. */
    @Serdeable
    record Verslag(@Nullable String text) {
    }
}
