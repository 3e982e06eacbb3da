package nl.inbreng.tables;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.inbreng.common.jobs.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Sends each confirmed participant one reminder on the day before their thematafel. One replica runs the job per
 * period (JobLeases); inside it each reminder is claimed for a short while, sent, then marked sent. Two runs never
 * send it twice, and a run that dies between claim and mark leaves the reminder to the next run once the claim runs
 * out (so nobody goes unreminded; only a crash in the instant after the SMTP server took the mail repeats it).
 */
@Singleton
class TableReminders {

    private static final Logger LOG = LoggerFactory.getLogger(TableReminders.class);
    /** Far longer than one SMTP hand-over; short enough that a crashed run's reminders go out the same day. */
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final RegistrationRepository registrations;
    private final TableSessionRepository sessions;
    private final TableMails mails;
    private final JobLeases leases;
    private final Duration interval;
    private final Clock clock;

    TableReminders(RegistrationRepository registrations, TableSessionRepository sessions, TableMails mails,
                   JobLeases leases, @Value("${inbreng.tables.reminder-interval:15m}") Duration interval, Clock clock) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.mails = mails;
        this.leases = leases;
        this.interval = interval;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inbreng.tables.reminder-interval:15m}", initialDelay = "1m")
    void onSchedule() {
        leases.runOncePerPeriod("table-reminders", interval, this::sendDue);
    }

    /** Sends the reminders due now; answers how many went out. */
    int sendDue() {
        LocalDateTime dutchNow = LocalDateTime.now(clock.withZone(TableSession.ZONE));
        LocalDate tomorrow = dutchNow.toLocalDate().plusDays(1);
        int sent = 0;
        for (Registration registration : registrations.findDueForReminder(tomorrow.atStartOfDay(),
                tomorrow.plusDays(1).atStartOfDay(), dutchNow)) {
            if (registrations.claimReminder(registration.id(), dutchNow, dutchNow.plus(CLAIM)) != 1) {
                continue;
            }
            if (mails.reminder(sessions.findById(registration.sessionId()).orElseThrow(), registration)) {
                registrations.markReminderSent(registration.id(), dutchNow);
                sent++;
            } else {
                registrations.releaseReminder(registration.id());
            }
        }
        if (sent > 0) {
            LOG.info("Sent {} thematafel reminder(s)", sent);
        }
        return sent;
    }
}
