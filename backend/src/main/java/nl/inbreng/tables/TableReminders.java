package nl.inbreng.tables;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Sends each confirmed participant one reminder on the day before their thematafel. Each reminder is first
 * claimed in the database (reminder_sent_at), so restarts and several running instances never send it twice.
 */
@Singleton
class TableReminders {

    private static final Logger LOG = LoggerFactory.getLogger(TableReminders.class);

    private final RegistrationRepository registrations;
    private final TableSessionRepository sessions;
    private final TableMails mails;
    private final Clock clock;

    TableReminders(RegistrationRepository registrations, TableSessionRepository sessions, TableMails mails, Clock clock) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.mails = mails;
        this.clock = clock;
    }

    /** Sends the reminders due now; answers how many went out. */
    @Scheduled(fixedDelay = "${inbreng.tables.reminder-interval:15m}", initialDelay = "1m")
    int sendDue() {
        LocalDateTime dutchNow = LocalDateTime.now(clock.withZone(TableSession.ZONE));
        LocalDate tomorrow = dutchNow.toLocalDate().plusDays(1);
        int sent = 0;
        for (Registration registration : registrations.findDueForReminder(tomorrow.atStartOfDay(),
                tomorrow.plusDays(1).atStartOfDay())) {
            if (registrations.claimReminder(registration.id(), dutchNow) == 1) {
                mails.reminder(sessions.findById(registration.sessionId()).orElseThrow(), registration);
                sent++;
            }
        }
        if (sent > 0) {
            LOG.info("Sent {} thematafel reminder(s)", sent);
        }
        return sent;
    }
}
