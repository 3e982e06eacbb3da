package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.rounds.Round;

import java.time.LocalDateTime;
import java.util.List;

/** What the public side shows of thematafels and registrations. */
final class TableViews {

    private TableViews() {
    }

    /** A thematafel as listed publicly; times are Dutch wall-clock time. */
    @Serdeable
    record SessionView(Long id, String title, @Nullable String description, List<String> themeCodes,
                       LocalDateTime startsAt, LocalDateTime endsAt, String place, int capacity, int seatsLeft,
                       int waitlisted, @Nullable String facilitator, boolean verslagPublished,
                       @Nullable Round.Doelgroep doelgroep) {
    }

    /** The answer to a registration: the personal token is shown once, here and in the mail. */
    @Serdeable
    record RegisteredView(String status, String token, @Nullable Integer waitlistPosition, String message) {
    }

    /** What a registered person sees through their link. */
    @Serdeable
    record MyRegistrationView(SessionView session, String name, @Nullable String organisation, String status,
                              @Nullable Integer waitlistPosition, @Nullable String verslag) {
    }
}
