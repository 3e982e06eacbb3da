package nl.inbreng.tables;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.inbreng.common.jobs.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Wipes the name, organisation, e-mail address and access needs of every registration for a thematafel that ended
 * more than three months ago (ADR 0063). Status and attendance stay, so turnout figures remain; the personal link
 * keeps showing the verslag. One UPDATE per run, so several instances or a rerun wipe nothing twice.
 */
@Singleton
class ForgetPastRegistrations {

    static final int KEEP_MONTHS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ForgetPastRegistrations.class);

    private final RegistrationRepository registrations;
    private final JobLeases leases;
    private final Duration interval;
    private final Clock clock;

    ForgetPastRegistrations(RegistrationRepository registrations, JobLeases leases,
                            @Value("${inbreng.tables.retention-interval:6h}") Duration interval, Clock clock) {
        this.registrations = registrations;
        this.leases = leases;
        this.interval = interval;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inbreng.tables.retention-interval:6h}", initialDelay = "10m")
    void onSchedule() {
        leases.runOncePerPeriod("table-retention", interval, this::forgetDue);
    }

    /** Forgets what is due now; answers how many registrations were wiped (never who). */
    int forgetDue() {
        // session times are Dutch wall-clock times (TableSession.ZONE), so the cut-off is too
        LocalDateTime cutoff = LocalDateTime.now(clock.withZone(TableSession.ZONE)).minusMonths(KEEP_MONTHS);
        int wiped = registrations.forgetForSessionsEndedBefore(cutoff);
        if (wiped > 0) {
            LOG.info("Wiped the contact details of {} thematafel registration(s) older than {} months", wiped, KEEP_MONTHS);
        }
        return wiped;
    }
}
