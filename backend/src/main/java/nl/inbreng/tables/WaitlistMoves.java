package nl.inbreng.tables;

import jakarta.inject.Singleton;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives free seats to the waitlist, longest waiting first, when staff make a session bigger. Runs inside the caller's
 * transaction while it holds the session's row lock (as registration and cancellation do), so a session never
 * holds more confirmed people than its capacity; the mails go out only after the commit.
 */
@Singleton
public class WaitlistMoves {

    private final RegistrationRepository registrations;
    private final TableMails mails;

    WaitlistMoves(RegistrationRepository registrations, TableMails mails) {
        this.registrations = registrations;
        this.mails = mails;
    }

    /** Confirms waitlisted people while seats are free; answers whom, for {@link #announce}. */
    public List<Registration> fillFreeSeats(TableSession lockedSession, LocalDateTime dutchNow) {
        long confirmed = registrations.countBySessionIdAndStatus(lockedSession.id(), Registration.Status.CONFIRMED);
        List<Registration> promoted = new ArrayList<>();
        for (Registration waiting : registrations.findWaitlist(lockedSession.id())) {
            if (confirmed >= lockedSession.capacity()) {
                break;
            }
            promoted.add(registrations.update(waiting.withStatus(Registration.Status.CONFIRMED, dutchNow)));
            confirmed++;
        }
        return promoted;
    }

    /** After the commit: each person who got a seat hears so. */
    public void announce(TableSession session, List<Registration> promoted) {
        promoted.forEach(registration -> mails.promoted(session, registration));
    }

    /** How many seats are taken: the lowest capacity a change may set. */
    public long confirmedCount(Long sessionId) {
        return registrations.countBySessionIdAndStatus(sessionId, Registration.Status.CONFIRMED);
    }

    /** How many people wait for a seat. */
    public long waitlistCount(Long sessionId) {
        return registrations.countBySessionIdAndStatus(sessionId, Registration.Status.WAITLISTED);
    }
}
