package nl.inbreng.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far this replica's index has read the change log (ADR 0141). Ids are auto-increment values, which transactions
 * take at insert and make visible at commit, so a slower transaction can make id 100 visible after 101 has been read.
 * The position therefore has two parts: the watermark, below which every id has been applied (or can no longer
 * appear), and the ids applied above it. A missing id between the two is a gap: it may still be committed, so it is
 * read again until it shows up or has been missing longer than any transaction lasts (then it was rolled back).
 * Only the watermark is kept in the index's commit data; after a restart the ids above it are simply applied again,
 * which is harmless because applying a change reads the input's current state.
 */
final class ChangeLogPosition {

    /** Longer than any transaction that writes the log may take between taking its id and committing. */
    static final Duration GAP_GRACE = Duration.ofMinutes(2);

    private long watermark;
    private final TreeSet<Long> appliedAbove = new TreeSet<>();
    private final Map<Long, Instant> gapSeenSince = new HashMap<>();

    ChangeLogPosition(long watermark) {
        this.watermark = watermark;
    }

    long watermark() {
        return watermark;
    }

    /** The highest id applied so far: new changes are read after it. */
    long highest() {
        return appliedAbove.isEmpty() ? watermark : appliedAbove.last();
    }

    /** True while some id between the watermark and the highest applied one has not been seen. */
    boolean hasGaps() {
        return highest() - watermark > appliedAbove.size();
    }

    /** The ids among those read that have not been applied yet. */
    List<Long> unapplied(Collection<Long> readIds) {
        return readIds.stream().filter(id -> id > watermark && !appliedAbove.contains(id)).distinct().sorted().toList();
    }

    /** Records applied ids and moves the watermark over every id that is applied or has been missing too long. */
    void applied(Collection<Long> ids, Instant now) {
        for (Long id : ids) {
            if (id > watermark) {
                appliedAbove.add(id);
                gapSeenSince.remove(id);
            }
        }
        advance(now);
    }

    /** Moves the watermark as far as it can now (also without new ids: a gap may have expired). */
    void advance(Instant now) {
        while (!appliedAbove.isEmpty()) {
            long next = watermark + 1;
            long firstApplied = appliedAbove.first();
            if (firstApplied == next) {
                appliedAbove.pollFirst();
                watermark = next;
            } else if (gapExpired(next, now)) {
                // the whole run of missing ids below the first applied one has been missing at least this long
                gapSeenSince.remove(next);
                watermark = firstApplied - 1;
            } else {
                break;
            }
        }
        gapSeenSince.keySet().removeIf(id -> id <= watermark);
    }

    /** A gap is timed from its lowest id, the first time it blocked the watermark. */
    private boolean gapExpired(long lowestMissing, Instant now) {
        Instant since = gapSeenSince.computeIfAbsent(lowestMissing, missing -> now);
        return !since.plus(GAP_GRACE).isAfter(now);
    }

    /** Starts over from a rebuild that saw every change up to and including the given id. */
    void resetTo(long newWatermark) {
        watermark = newWatermark;
        appliedAbove.clear();
        gapSeenSince.clear();
    }
}
