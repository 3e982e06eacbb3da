package nl.inbreng.search;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeLogPositionTest {

    private static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void movesOverIdsAppliedInOrder() {
        ChangeLogPosition position = new ChangeLogPosition(99);

        position.applied(List.of(100L, 101L, 102L), T0);

        assertEquals(102, position.watermark());
        assertFalse(position.hasGaps());
    }

    @Test
    void waitsAtAGapThatASlowerTransactionMayStillFill() {
        ChangeLogPosition position = new ChangeLogPosition(99);

        position.applied(List.of(101L), T0);

        assertEquals(99, position.watermark(), "100 may still be committed");
        assertTrue(position.hasGaps());
        assertEquals(101, position.highest());
        assertEquals(List.of(100L), position.unapplied(List.of(100L, 101L)), "101 is not applied twice");

        position.applied(List.of(100L), T0.plusSeconds(3));

        assertEquals(101, position.watermark());
        assertFalse(position.hasGaps());
    }

    @Test
    void givesUpOnAGapOnceItHasBeenMissingLongerThanAnyTransactionLasts() {
        ChangeLogPosition position = new ChangeLogPosition(99);
        position.applied(List.of(105L), T0);

        position.advance(T0.plus(ChangeLogPosition.GAP_GRACE).minusSeconds(1));
        assertEquals(99, position.watermark());

        position.advance(T0.plus(ChangeLogPosition.GAP_GRACE));
        assertEquals(105, position.watermark(), "the whole run 100-104 was rolled back: skipped at once");
        assertFalse(position.hasGaps());
    }

    @Test
    void aGapFilledPartlyKeepsItsOriginalClock() {
        ChangeLogPosition position = new ChangeLogPosition(99);
        position.applied(List.of(103L), T0);
        position.applied(List.of(101L), T0.plusSeconds(30));

        position.advance(T0.plus(ChangeLogPosition.GAP_GRACE));

        assertEquals(101, position.watermark(), "100 missing since T0 is given up, 101 applied");
        assertEquals(103, position.highest());
    }

    @Test
    void startsOverFromARebuild() {
        ChangeLogPosition position = new ChangeLogPosition(10);
        position.applied(List.of(12L), T0);

        position.resetTo(500);

        assertEquals(500, position.watermark());
        assertFalse(position.hasGaps());
        assertEquals(List.of(501L), position.unapplied(List.of(499L, 500L, 501L)));
    }
}
