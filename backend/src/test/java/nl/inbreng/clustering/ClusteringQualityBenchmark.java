package nl.inbreng.clustering;

import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.LanguageComponentsLoader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Quality benchmark (not part of the test suite): clusters the labelled corpus with Inbreng's clusterer (with and
 * without theme priors), a plain TF-IDF k-means baseline with k = number of gold themes, and Carrot2 Lingo with
 * default settings in Dutch, and prints NMI, ARI and purity against the gold primary themes as a Markdown table.
 * See docs/benchmarks.md for the command.
 */
public final class ClusteringQualityBenchmark {

    private static final long SEED = 7;

    private ClusteringQualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LabelledCorpus corpus = LabelledCorpus.load();
        List<ThemePrior> priors = LabelledCorpus.themePriors();
        int goldThemes = (int) corpus.gold().stream().distinct().count();
        System.out.printf(Locale.ROOT, "Corpus: %d inputs, %d gold primary themes, %d theme priors%n%n",
                corpus.inputs().size(), goldThemes, priors.size());
        System.out.println("| Method | Clusters | NMI | ARI | Purity | Unclustered |");
        System.out.println("|---|---|---|---|---|---|");
        report("Inbreng (theme priors, automatic k)", ours(corpus, priors, null), corpus.gold());
        report("Inbreng (no priors, automatic k)", ours(corpus, List.of(), null), corpus.gold());
        report("Inbreng (no priors, k = " + goldThemes + ")", ours(corpus, List.of(), goldThemes), corpus.gold());
        report("Plain TF-IDF k-means (k = " + goldThemes + ")", plainKMeans(corpus, goldThemes), corpus.gold());
        report("Carrot2 Lingo 4.5.1, Dutch, defaults", lingo(corpus), corpus.gold());
    }

    private static void report(String method, Assigned assigned, List<String> gold) {
        ClusterMetrics.Scores scores = ClusterMetrics.score(gold, assigned.labels());
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d |%n", method,
                assigned.labels().stream().distinct().count(), scores.nmi(), scores.ari(), scores.purity(),
                assigned.unclustered());
    }

    private record Assigned(List<String> labels, int unclustered) {
    }

    private static Assigned ours(LabelledCorpus corpus, List<ThemePrior> priors, Integer k) {
        ClusteringResult result = new TextClusterer().cluster(corpus.inputs(),
                new ClusteringOptions(k, SEED, priors));
        String[] labels = new String[corpus.inputs().size()];
        int unclustered = 0;
        for (int c = 0; c < result.clusters().size(); c++) {
            TextCluster cluster = result.clusters().get(c);
            for (long id : cluster.memberIds()) {
                labels[(int) id - 1] = "c" + c;
            }
            if (cluster.overig()) {
                unclustered = cluster.size();
            }
            if (Boolean.getBoolean("labels")) {
                System.err.printf("%-40s %4d %s%n", cluster.label(), cluster.size(), cluster.keyPhrases());
            }
        }
        return new Assigned(Arrays.asList(labels), unclustered);
    }

    /** The baseline: lower-cased word tokens, raw tf × idf, L2-normalised, k-means++ on cosine. */
    private static Assigned plainKMeans(LabelledCorpus corpus, int k) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (ClusterInput input : corpus.inputs()) {
            Map<Integer, Integer> count = new HashMap<>();
            for (String token : input.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!token.isEmpty()) {
                    count.merge(ids.computeIfAbsent(token, t -> ids.size()), 1, Integer::sum);
                }
            }
            counts.add(count);
        }
        int[] df = new int[ids.size()];
        counts.forEach(count -> count.keySet().forEach(id -> df[id]++));
        int n = counts.size();
        SparseVector[] docs = new SparseVector[n];
        for (int d = 0; d < n; d++) {
            int[] featureIds = counts.get(d).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] weights = new float[featureIds.length];
            double norm = 0;
            for (int i = 0; i < featureIds.length; i++) {
                weights[i] = (float) (counts.get(d).get(featureIds[i]) * Math.log((double) n / df[featureIds[i]]));
                norm += weights[i] * weights[i];
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= (float) Math.sqrt(norm);
            }
            docs[d] = new SparseVector(featureIds, weights);
        }
        float[][] start = SphericalKMeans.seed(docs, new float[0][], k, new Random(SEED), ids.size());
        SphericalKMeans.Result result = SphericalKMeans.run(docs, start, null, 0, ids.size());
        List<String> labels = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            labels.add("k" + result.assignment()[d]);
        }
        return new Assigned(labels, 0);
    }

    private record Text(int index, String text) implements Document {
        @Override
        public void visitFields(java.util.function.BiConsumer<String, String> fields) {
            fields.accept("content", text);
        }
    }

    /** Lingo lets a document sit in several clusters or none: take its first (largest) cluster, else "none". */
    private static Assigned lingo(LabelledCorpus corpus) throws Exception {
        LanguageComponents dutch = new LanguageComponentsLoader().load().language("Dutch");
        List<Text> documents = new ArrayList<>();
        for (int i = 0; i < corpus.inputs().size(); i++) {
            documents.add(new Text(i, corpus.inputs().get(i).text()));
        }
        List<Cluster<Text>> clusters = new LingoClusteringAlgorithm().cluster(documents.stream(), dutch);
        String[] labels = new String[documents.size()];
        for (int c = 0; c < clusters.size(); c++) {
            Cluster<Text> cluster = clusters.get(c);
            if (Boolean.getBoolean("labels")) {
                System.err.printf("Lingo: %-40s %4d%n", cluster.getLabels(), cluster.getDocuments().size());
            }
            for (Text text : cluster.getDocuments()) {
                if (labels[text.index()] == null) {
                    labels[text.index()] = "l" + c;
                }
            }
        }
        int unclustered = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                labels[i] = "none";
                unclustered++;
            }
        }
        return new Assigned(Arrays.asList(labels), unclustered);
    }
}
