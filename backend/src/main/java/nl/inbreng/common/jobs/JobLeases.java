package nl.inbreng.common.jobs;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Lets a scheduled job run once per period for the whole installation. Every replica's scheduler fires; the first
 * to take the job's lease runs it and keeps the lease for most of the period, so the others skip. A replica that
 * dies simply lets its lease run out and another one takes over at its next tick (docs/adr/0140-job-leases.md).
 * The jobs themselves stay safe to run twice (each claims its own rows): the lease prevents wasted and concurrent
 * work, the claims prevent double effects.
 */
@Singleton
public class JobLeases {

    /** The lease ends a little before the next tick of the holder, so drift never makes it skip a period. */
    private static final double LEASE_SHARE_OF_PERIOD = 0.9;
    private static final Logger LOG = LoggerFactory.getLogger(JobLeases.class);

    private final JobLeaseRepository leases;
    private final Clock clock;
    private final String me = "replica-" + UUID.randomUUID();

    JobLeases(JobLeaseRepository leases, Clock clock) {
        this.leases = leases;
        this.clock = clock;
    }

    /** Runs the job when this replica takes its lease for this period; answers whether it ran. */
    public boolean runOncePerPeriod(String job, Duration period, Runnable work) {
        if (!take(job, Duration.ofMillis((long) (period.toMillis() * LEASE_SHARE_OF_PERIOD)))) {
            LOG.debug("Job {} runs on another replica this period", job);
            return false;
        }
        work.run();
        return true;
    }

    private boolean take(String job, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime until = now.plus(lease);
        if (leases.take(job, me, now, until) == 1) {
            return true;
        }
        if (leases.existsById(job)) {
            return false;
        }
        try {
            leases.save(new JobLease(job, me, until));
            return true;
        } catch (DataAccessException raceLostToAnotherReplica) {
            return false;
        }
    }
}
