package nl.inbreng.common.jobs;

import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two JobLeases on one database stand for two replicas of the jar. */
class JobLeasesTest extends RealDatabaseTest {

    private static final Instant NOON = Instant.parse("2027-03-01T12:00:00Z");
    private static final Duration PERIOD = Duration.ofMinutes(15);

    @Inject
    JobLeaseRepository repository;

    @Test
    void runsAJobOnOneReplicaPerPeriod() {
        String job = uniqueJob();
        JobLeases first = replicaAt(NOON);
        JobLeases second = replicaAt(NOON.plusSeconds(60));
        AtomicInteger runs = new AtomicInteger();

        assertTrue(first.runOncePerPeriod(job, PERIOD, runs::incrementAndGet));
        assertFalse(second.runOncePerPeriod(job, PERIOD, runs::incrementAndGet));
        assertFalse(first.runOncePerPeriod(job, PERIOD, runs::incrementAndGet), "not twice in one period either");

        assertEquals(1, runs.get());
    }

    @Test
    void anotherReplicaTakesOverWhenTheHolderStopsRenewing() {
        String job = uniqueJob();
        AtomicInteger runs = new AtomicInteger();
        replicaAt(NOON).runOncePerPeriod(job, PERIOD, runs::incrementAndGet);

        boolean ranLater = replicaAt(NOON.plus(PERIOD)).runOncePerPeriod(job, PERIOD, runs::incrementAndGet);

        assertTrue(ranLater);
        assertEquals(2, runs.get());
    }

    @Test
    void theHolderRunsAgainAtItsNextTick() {
        String job = uniqueJob();
        AtomicInteger runs = new AtomicInteger();
        replicaAt(NOON).runOncePerPeriod(job, PERIOD, runs::incrementAndGet);

        // The scheduler's next tick comes one period after the run ended: the lease (90 % of it) has run out.
        assertTrue(replicaAt(NOON.plus(PERIOD).plusMillis(1)).runOncePerPeriod(job, PERIOD, runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    private JobLeases replicaAt(Instant now) {
        return new JobLeases(repository, Clock.fixed(now, ZoneId.of("Europe/Amsterdam")));
    }

    private static String uniqueJob() {
        return "test-" + UUID.randomUUID();
    }
}
