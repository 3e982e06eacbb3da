package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark for placing new input in curated clusters (not part of the test suite). Quality: the labelled corpus is
 * clustered without a random tenth of it, then that tenth is placed with {@link NearestClusters}; a placement is
 * right when the cluster's majority gold theme is the input's own. Speed: placing 1,000 newcomers in the clusters
 * of 10,000 inputs. Arguments: none.
 */
public final class NearestClustersBenchmark {

    private NearestClustersBenchmark() {
    }

    public static void main(String[] args) {
        LabelledCorpus corpus = LabelledCorpus.load();
        Random random = new Random(7);
        List<ClusterInput> known = new ArrayList<>();
        List<ClusterInput> newcomers = new ArrayList<>();
        Map<Long, String> gold = new HashMap<>();
        for (int i = 0; i < corpus.inputs().size(); i++) {
            ClusterInput input = corpus.inputs().get(i);
            gold.put(input.id(), corpus.gold().get(i));
            (random.nextInt(10) == 0 ? newcomers : known).add(input);
        }
        ClusteringResult result = new TextClusterer().cluster(known,
                ClusteringOptions.automatic(7, LabelledCorpus.themePriors()));
        List<NearestClusters.Group> groups = groups(result, known);
        Map<Long, String> majority = new HashMap<>();
        for (TextCluster cluster : result.clusters()) {
            Map<String, Integer> counts = new HashMap<>();
            cluster.memberIds().forEach(id -> counts.merge(gold.get(id), 1, Integer::sum));
            majority.put((long) result.clusters().indexOf(cluster),
                    counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        }
        int right = 0;
        int toOverig = 0;
        for (NearestClusters.Assignment assignment : new NearestClusters().assign(groups, newcomers)) {
            if (assignment.groupKey() == null) {
                toOverig++;
            } else if (majority.get(assignment.groupKey()).equals(gold.get(assignment.inputId()))) {
                right++;
            }
        }
        int pure = 0;
        for (int c = 0; c < result.clusters().size(); c++) {
            String theme = majority.get((long) c);
            pure += (int) result.clusters().get(c).memberIds().stream().filter(id -> gold.get(id).equals(theme)).count();
        }
        System.out.printf(Locale.ROOT, "Reference: purity of the clustering itself %.1f %% (%d of %d inputs)%n",
                100.0 * pure / known.size(), pure, known.size());
        System.out.printf(Locale.ROOT, "Quality: %d of %d held-out inputs placed in a cluster of their own gold theme "
                + "(%.1f %%), %d to overig; %d clusters%n", right, newcomers.size(), 100.0 * right / newcomers.size(),
                toOverig, result.clusters().size());

        List<ClusterInput> big = new ArrayList<>();
        List<ClusterInput> late = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        corpus.inputs().forEach(input -> sentences.addAll(ClusterDescriber.sentences(input.text())));
        Random synth = new Random(11);
        for (int i = 0; i < 11_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0, n = 1 + synth.nextInt(4); s < n; s++) {
                text.append(sentences.get(synth.nextInt(sentences.size()))).append(' ');
            }
            (i < 10_000 ? big : late).add(new ClusterInput(i + 1, text.toString().strip()));
        }
        ClusteringResult bigResult = new TextClusterer().cluster(big, ClusteringOptions.automatic(7, LabelledCorpus.themePriors()));
        List<NearestClusters.Group> bigGroups = groups(bigResult, big);
        new NearestClusters().assign(bigGroups, late.subList(0, 100)); // warm-up
        long start = System.nanoTime();
        new NearestClusters().assign(bigGroups, late);
        System.out.printf(Locale.ROOT, "Speed: 1,000 newcomers into %d clusters of 10,000 inputs in %.2f s%n",
                bigGroups.size(), (System.nanoTime() - start) / 1e9);
    }

    /** The non-"overig" clusters as groups keyed by their position in the result. */
    private static List<NearestClusters.Group> groups(ClusteringResult result, List<ClusterInput> inputs) {
        Map<Long, ClusterInput> byId = new HashMap<>();
        inputs.forEach(input -> byId.put(input.id(), input));
        List<NearestClusters.Group> groups = new ArrayList<>();
        for (int c = 0; c < result.clusters().size(); c++) {
            TextCluster cluster = result.clusters().get(c);
            if (!cluster.overig()) {
                groups.add(new NearestClusters.Group(c, cluster.memberIds().stream().map(byId::get).toList()));
            }
        }
        return groups;
    }
}
