package nl.inbreng.clustering;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall and calling-thread CPU time per phase of one clustering run, for the speed benchmark only. The no-op
 * instance keeps production runs free of clock calls.
 */
final class PhaseTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final PhaseTimes NONE = new PhaseTimes(false);

    private final boolean enabled;
    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private long lastWall;
    private long lastCpu;

    PhaseTimes() {
        this(true);
    }

    private PhaseTimes(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            lastWall = System.nanoTime();
            lastCpu = THREADS.getCurrentThreadCpuTime();
        }
    }

    /** Ends the phase that started at the previous mark (or at construction). */
    void mark(String phase) {
        if (!enabled) {
            return;
        }
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long[] totals = phases.computeIfAbsent(phase, p -> new long[2]);
        totals[0] += wall - lastWall;
        totals[1] += cpu - lastCpu;
        lastWall = wall;
        lastCpu = cpu;
    }

    /** Phase name to {wall ns, calling-thread CPU ns}, in the order the phases first ended. */
    Map<String, long[]> phases() {
        return phases;
    }
}
