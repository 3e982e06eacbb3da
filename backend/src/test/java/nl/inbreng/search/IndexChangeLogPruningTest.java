package nl.inbreng.search;

import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexChangeLogPruningTest extends RealDatabaseTest {

    @Inject
    IndexChangeLogPruning pruning;
    @Inject
    IndexOutboxRepository log;
    @Inject
    IndexedInputs inputs;

    @Test
    void dropsRowsOlderThanTheRetentionAndRecordsWhereTheLogNowStarts() {
        long round = inputs.newRound();
        long old = log.save(new IndexOutboxEntry(null, inputs.add(round, "Oude melding"), LocalDateTime.now().minusDays(30))).id();
        long recent = log.save(new IndexOutboxEntry(null, inputs.add(round, "Nieuwe melding"), LocalDateTime.now())).id();

        assertTrue(pruning.prune() > 0);

        assertTrue(log.findById(old).isEmpty());
        assertTrue(log.findById(recent).isPresent(), "recent changes stay for replicas to read");
        assertTrue(log.prunedThrough() >= old);
        assertTrue(log.prunedThrough() < recent);
    }

    @Test
    void prunesNothingWhenEverythingIsRecent() {
        long before = log.prunedThrough();
        inputs.add(inputs.newRound(), "Verse melding");

        pruning.prune();

        assertEquals(before, log.prunedThrough());
    }
}
