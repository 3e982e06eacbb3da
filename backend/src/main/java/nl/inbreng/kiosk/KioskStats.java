package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** What the staff screen shows from the server: the stall day and how many inputs arrived today. */
@Singleton
class KioskStats {

    private final KioskSessions kioskSessions;
    private final KioskSubmissionRepository links;
    private final Clock clock;

    KioskStats(KioskSessions kioskSessions, KioskSubmissionRepository links, Clock clock) {
        this.kioskSessions = kioskSessions;
        this.links = links;
        this.clock = clock;
    }

    @Serdeable
    record Stats(String name, String place, LocalDate date, long storedToday, long storedTodayThisDevice) {
    }

    Optional<Stats> forSession(@Nullable String sessionToken) {
        return kioskSessions.find(sessionToken).map(kiosk -> {
            var startOfDay = LocalDate.now(clock).atStartOfDay();
            Kraammoment moment = kiosk.moment();
            return new Stats(moment.name(), moment.place(), moment.heldOn(),
                    links.countByKraammomentIdAndCreatedAtGreaterThanEquals(moment.id(), startOfDay),
                    links.countByKraammomentIdAndDeviceIdAndCreatedAtGreaterThanEquals(moment.id(), kiosk.deviceId(), startOfDay));
        });
    }
}
