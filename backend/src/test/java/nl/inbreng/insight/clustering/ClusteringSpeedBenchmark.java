package nl.inbreng.insight.clustering;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Speed benchmark (not part of the test suite): clusters synthetic sets of 10,000 and 100,000 inputs made by
 * recombining 1–4 sentences of the labelled corpus, and prints wall time and peak heap. Arguments: sizes to run.
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
        // Warm-up on a small set so the JIT does not count against the first size.
        new TextClusterer().cluster(synthetic(sentences, 2000, 1), ClusteringOptions.automatic(1, priors));
        System.out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.println("| Inputs | Clusters | Near-duplicate groups | Wall time (s) | Peak heap (MB) |");
        System.out.println("|---|---|---|---|---|");
        for (String size : sizes) {
            int n = Integer.parseInt(size);
            List<ClusterInput> inputs = synthetic(sentences, n, 7);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ClusteringResult result = new TextClusterer().cluster(inputs, ClusteringOptions.automatic(7, priors));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "| %,d | %d | %d | %.2f | %d |%n", n, result.clusters().size(),
                    result.duplicates().size(), seconds, peak >> 20);
        }
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
