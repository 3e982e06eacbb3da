package nl.inbreng.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.jobs.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Keeps the index change log short: rows older than the retention go, once a day, on one replica (JobLeases). A
 * replica that was away longer than the retention finds its position below what was pruned and rebuilds its index
 * from the database (IndexOutboxWorker), so nothing depends on the log reaching back forever.
 */
@Singleton
class IndexChangeLogPruning {

    private static final Logger LOG = LoggerFactory.getLogger(IndexChangeLogPruning.class);
    private static final Duration PERIOD = Duration.ofHours(6);

    private final IndexOutboxRepository log;
    private final JobLeases leases;
    private final Duration retention;
    private final Clock clock;

    IndexChangeLogPruning(IndexOutboxRepository log, JobLeases leases,
                          @Value("${inbreng.search.changelog-retention:7d}") Duration retention, Clock clock) {
        this.log = log;
        this.leases = leases;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "15m")
    void onSchedule() {
        leases.runOncePerPeriod("index-changelog-pruning", PERIOD, this::prune);
    }

    /** Deletes the rows older than the retention and records how far the log now starts; answers how many went. */
    @Transactional
    int prune() {
        Long through = log.maxIdCreatedBefore(LocalDateTime.now(clock).minus(retention));
        if (through == null) {
            return 0;
        }
        // Recorded first, in the same transaction: a replica never sees the rows gone without the new start.
        log.recordPruned(through);
        int deleted = log.deleteThrough(through);
        if (deleted > 0) {
            LOG.info("Index change log: pruned {} row(s) older than {}", deleted, retention);
        }
        return deleted;
    }
}
