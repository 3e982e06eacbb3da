package nl.inbreng.submissions;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.inbreng.common.jobs.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Erases contact details whose date has passed. The portal promises residents their details are erased after the one
 * feedback mail, "and otherwise after 12 months": the mail outbox does the first, this job the second (a round that is
 * never published, a mail that could not be delivered). The input itself stays, without a name. One DELETE per run,
 * under a job lease, so several replicas erase nothing twice (docs/adr/0165-contact-details-erased-on-their-date.md).
 */
@Singleton
class ForgetExpiredContacts {

    private static final Logger LOG = LoggerFactory.getLogger(ForgetExpiredContacts.class);
    /** delete_after is a Dutch calendar date: the day after it, the details go. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ContactDetailsRepository contacts;
    private final JobLeases leases;
    private final Duration interval;
    private final Clock clock;

    ForgetExpiredContacts(ContactDetailsRepository contacts, JobLeases leases,
                          @Value("${inbreng.contacts.retention-interval:6h}") Duration interval, Clock clock) {
        this.contacts = contacts;
        this.leases = leases;
        this.interval = interval;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inbreng.contacts.retention-interval:6h}", initialDelay = "10m")
    void onSchedule() {
        leases.runOncePerPeriod("contact-retention", interval, this::forgetDue);
    }

    /** Erases what is due today; answers how many were erased (never whose). */
    int forgetDue() {
        int erased = contacts.eraseDueBefore(LocalDate.now(clock.withZone(ZONE)));
        if (erased > 0) {
            LOG.info("Erased {} set(s) of contact details past their date", erased);
        }
        return erased;
    }
}
