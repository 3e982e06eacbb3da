package nl.inbreng.clustering;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Speed benchmark (not part of the test suite): clusters synthetic sets of 10,000 and 100,000 inputs made by
 * recombining 1–4 sentences of the labelled corpus, several times per size, and prints the median wall time, the
 * CPU time of the clustering thread (less sensitive to other work on a shared machine than wall time), the CPU
 * time of the whole process (adds the parallel k-means workers, GC and JIT), the time the collectors report, peak heap, the load average, the
 * time per phase and a fingerprint of the result (equal fingerprints = identical clusters, labels, summaries and
 * duplicate groups). Arguments: sizes to run; {@code -Dbench.reps=N} repetitions per size (default 5).
 */
public final class ClusteringSpeedBenchmark {

    private ClusteringSpeedBenchmark() {
    }

    public static void main(String[] args) {
        List<String> sentences = new ArrayList<>();
        for (ClusterInput input : LabelledCorpus.load().inputs()) {
            sentences.addAll(ClusterDescriber.sentences(input.text()));
        }
        List<ThemePrior> priors = LabelledCorpus.themePriors();
        String[] sizes = args.length == 0 ? new String[] {"10000", "100000"} : args;
        int reps = Integer.getInteger("bench.reps", 5);
        // Warm-up on smaller sets so the JIT does not count against the first measured run.
        for (int i = 0; i < 3; i++) {
            new TextClusterer().cluster(synthetic(sentences, 3000, 1 + i), ClusteringOptions.automatic(1, priors));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors, %d repetitions per size%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), reps);
        List<String> rows = new ArrayList<>();
        List<String> phaseRows = new ArrayList<>();
        for (String size : sizes) {
            int n = Integer.parseInt(size);
            List<ClusterInput> inputs = synthetic(sentences, n, 7);
            double[] wall = new double[reps];
            double[] threadCpu = new double[reps];
            double[] processCpu = new double[reps];
            double[] gc = new double[reps];
            long peak = 0;
            double loadBefore = os.getSystemLoadAverage();
            Map<String, double[][]> phases = new LinkedHashMap<>();
            ClusteringResult result = null;
            String fingerprint = null;
            for (int r = 0; r < reps; r++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                PhaseTimes times = new PhaseTimes();
                long gcStart = gcMillis();
                long processStart = processCpuNanos(os);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                result = new TextClusterer().cluster(inputs, ClusteringOptions.automatic(7, priors), times);
                wall[r] = (System.nanoTime() - start) / 1e9;
                threadCpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                processCpu[r] = (processCpuNanos(os) - processStart) / 1e9;
                gc[r] = (gcMillis() - gcStart) / 1e3;
                peak = Math.max(peak, heapPeak());
                for (Map.Entry<String, long[]> phase : times.phases().entrySet()) {
                    double[][] values = phases.computeIfAbsent(phase.getKey(), p -> new double[2][reps]);
                    values[0][r] = phase.getValue()[0] / 1e9;
                    values[1][r] = phase.getValue()[1] / 1e9;
                }
                String print = fingerprint(result);
                if (fingerprint != null && !fingerprint.equals(print)) {
                    throw new IllegalStateException("different result for the same input and seed");
                }
                fingerprint = print;
                System.err.printf(Locale.ROOT, "  %,d inputs, run %d: wall %.2f s, thread CPU %.2f s, process CPU %.2f s, "
                        + "GC %.2f s%n", n, r + 1, wall[r], threadCpu[r], processCpu[r], gc[r]);
            }
            rows.add(String.format(Locale.ROOT, "| %,d | %d | %d | %.2f (%.2f–%.2f) | %.2f | %.2f | %.2f | %d | %.1f → %.1f | %s |",
                    n, result.clusters().size(), result.duplicates().size(), median(wall), min(wall), max(wall),
                    median(threadCpu), median(processCpu), median(gc), peak >> 20, loadBefore, os.getSystemLoadAverage(),
                    fingerprint));
            for (Map.Entry<String, double[][]> phase : phases.entrySet()) {
                phaseRows.add(String.format(Locale.ROOT, "| %,d | %s | %.2f | %.2f |", n, phase.getKey(),
                        median(phase.getValue()[0]), median(phase.getValue()[1])));
            }
        }
        System.out.println();
        System.out.println("| Inputs | Clusters | Near-duplicate groups | Wall time (s), median (min–max) "
                + "| Thread CPU (s), median | Process CPU (s), median | GC time (s), median | Peak heap (MB) "
                + "| Load average (1 min) | Result fingerprint |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("| Inputs | Phase | Wall (s), median | Thread CPU (s), median |");
        System.out.println("|---|---|---|---|");
        phaseRows.forEach(System.out::println);
    }

    private static long processCpuNanos(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String fingerprint(ClusteringResult result) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(result.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static List<ClusterInput> synthetic(List<String> sentences, int n, long seed) {
        Random random = new Random(seed);
        List<ClusterInput> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int count = 1 + random.nextInt(4);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < count; s++) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            inputs.add(new ClusterInput(i + 1, text.toString().strip()));
        }
        return inputs;
    }
}
