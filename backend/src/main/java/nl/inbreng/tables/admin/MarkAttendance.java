package nl.inbreng.tables.admin;

import jakarta.inject.Singleton;
import nl.inbreng.tables.Registration;
import nl.inbreng.tables.RegistrationRepository;

import java.util.Optional;

/** Ticks off who came to the table. */
@Singleton
class MarkAttendance {

    private final RegistrationRepository registrations;

    MarkAttendance(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** Answers the updated registration, or empty when it does not belong to this session. */
    Optional<Registration> mark(Long sessionId, Long registrationId, boolean attended) {
        return registrations.findById(registrationId)
                .filter(registration -> registration.sessionId().equals(sessionId))
                .map(registration -> registrations.update(registration.withAttended(attended)));
    }
}
