package nl.inbreng.insight.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Clusters Dutch inputs: every input ends up in exactly one cluster, inputs that fit nowhere in "overig". With
 * theme priors the clusters start from the themes that inputs actually talk about; without, the number of clusters
 * is chosen by the simplified silhouette over a range. The same inputs and seed give the same result.
 */
public final class TextClusterer {

    static final String OVERIG = "Overig";
    /** An input less similar than this to every cluster centre is put in "overig" rather than forced in. */
    private static final double MIN_SIMILARITY = 0.04;
    private static final float ANCHOR_WEIGHT = 0.35f;
    private static final int SAMPLE_FOR_K = 2500;

    public ClusteringResult cluster(List<ClusterInput> inputs, ClusteringOptions options) {
        return cluster(inputs, options, PhaseTimes.NONE);
    }

    /** The same, reporting the time per phase to {@code times} (the speed benchmark's view). */
    ClusteringResult cluster(List<ClusterInput> inputs, ClusteringOptions options, PhaseTimes times) {
        List<ClusterInput> sorted = inputs.stream().sorted(Comparator.comparingLong(ClusterInput::id)).toList();
        if (sorted.isEmpty()) {
            return new ClusteringResult(List.of(), List.of());
        }
        List<ThemePrior> priors = options.priors() == null ? List.of() : options.priors();
        Vocabulary.Built built = Vocabulary.build(
                sorted.stream().map(ClusterInput::text).toList(), priors.stream().map(ThemePrior::text).toList());
        Vocabulary vocabulary = built.vocabulary();
        SparseVector[] docs = built.vectors();
        int dimension = vocabulary.dimension();
        Random random = new Random(options.seed());
        times.mark("vectorise");
        // Near-duplicate grouping needs only the stems read here; it runs on its own thread beside the rest.
        NearDuplicates.StemSets stems = NearDuplicates.stemSets(built.words(), vocabulary);
        FutureTask<List<DuplicateGroup>> duplicateSearch =
                new FutureTask<>(() -> new NearDuplicates().group(sorted, stems));
        Thread duplicateThread = new Thread(duplicateSearch, "clustering-near-duplicates");
        duplicateThread.setDaemon(true);
        duplicateThread.start();
        times.mark("near-duplicates (stems, start)");

        Plan plan = plan(docs, priors, vocabulary, options.clusters(), random, dimension);
        times.mark("choose k and seed");
        SphericalKMeans.Result result = plan.k == 0 ? null
                : SphericalKMeans.run(docs, plan.start, plan.anchors, ANCHOR_WEIGHT, dimension);
        times.mark("k-means");

        int k = plan.k;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            members.add(new ArrayList<>());
        }
        for (int d = 0; d < docs.length; d++) {
            boolean fits = result != null && !docs[d].isEmpty() && result.similarity()[d] >= MIN_SIMILARITY;
            members.get(fits ? result.assignment()[d] : k).add(d);
        }
        // A cluster of one is not a pattern; its input goes to "overig".
        int minSize = docs.length >= 30 ? 2 : 1;
        for (int c = 0; c < k; c++) {
            if (members.get(c).size() < minSize) {
                members.get(k).addAll(members.get(c));
                members.get(c).clear();
            }
        }
        members.get(k).sort(Comparator.naturalOrder());

        ClusterDescriber describer = new ClusterDescriber(vocabulary, docs, sorted);
        List<TextCluster> clusters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!members.get(c).isEmpty()) {
                String theme = plan.themeCodes[c];
                clusters.add(describer.describe(members.get(c), result.centroids()[c], false, theme));
            }
        }
        clusters.sort(Comparator.comparingInt(TextCluster::size).reversed()
                .thenComparing(cluster -> cluster.memberIds().get(0)));
        if (!members.get(k).isEmpty()) {
            float[] centroid = new float[dimension];
            for (int d : members.get(k)) {
                docs[d].addTo(centroid, 1f);
            }
            SparseVector.normalise(centroid);
            clusters.add(describer.describe(members.get(k), centroid, true, null));
        }
        times.mark("labels and summaries");
        List<DuplicateGroup> duplicates = outcome(duplicateSearch);
        times.mark("near-duplicates (waiting)");
        return new ClusteringResult(List.copyOf(clusters), duplicates);
    }

    private static List<DuplicateGroup> outcome(FutureTask<List<DuplicateGroup>> search) {
        try {
            return search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("clustering interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private record Plan(int k, float[][] start, float[][] anchors, String[] themeCodes) {
    }

    private Plan plan(SparseVector[] docs, List<ThemePrior> priors, Vocabulary vocabulary, Integer requested,
                      Random random, int dimension) {
        int nonEmpty = 0;
        for (SparseVector doc : docs) {
            if (!doc.isEmpty()) {
                nonEmpty++;
            }
        }
        if (nonEmpty == 0) {
            return new Plan(0, new float[0][], null, new String[0]);
        }
        int maxK = Math.max(1, Math.min(nonEmpty, requested != null ? requested : 60));
        List<Integer> chosenPriors = priors.isEmpty() ? List.of()
                : rankPriors(docs, priors, vocabulary, dimension, requested == null);
        int k;
        if (requested != null) {
            k = maxK;
        } else if (!chosenPriors.isEmpty()) {
            k = Math.min(maxK, chosenPriors.size());
        } else {
            k = chooseK(docs, random, dimension, Math.min(maxK, 30));
        }
        int fromPriors = Math.min(k, chosenPriors.size());
        float[][] priorCentroids = new float[fromPriors][];
        float[][] anchors = new float[k][];
        String[] codes = new String[k];
        for (int i = 0; i < fromPriors; i++) {
            ThemePrior prior = priors.get(chosenPriors.get(i));
            priorCentroids[i] = SphericalKMeans.dense(vocabulary.vectorise(prior.text()), dimension);
            anchors[i] = priorCentroids[i];
            codes[i] = prior.code();
        }
        float[][] start = SphericalKMeans.seed(docs, priorCentroids, k, random, dimension);
        return new Plan(k, start, anchors, codes);
    }

    /**
     * Orders the themes by how many inputs are closest to them. In automatic mode only themes that at least a few
     * inputs talk about take part, which is what sets the number of clusters.
     */
    private static List<Integer> rankPriors(SparseVector[] docs, List<ThemePrior> priors, Vocabulary vocabulary,
                                            int dimension, boolean dropRare) {
        float[][] vectors = new float[priors.size()][];
        for (int p = 0; p < priors.size(); p++) {
            vectors[p] = SphericalKMeans.dense(vocabulary.vectorise(priors.get(p).text()), dimension);
        }
        CentroidMatrix matrix = new CentroidMatrix(vectors, dimension);
        double[] similarities = new double[vectors.length];
        int[] counts = new int[priors.size()];
        for (SparseVector doc : docs) {
            if (!doc.isEmpty()) {
                int best = matrix.nearest(doc, similarities);
                if (similarities[best] > 0) {
                    counts[best]++;
                }
            }
        }
        int minimum = dropRare ? Math.max(2, docs.length / 200) : 1;
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < priors.size(); p++) {
            if (counts[p] >= minimum) {
                order.add(p);
            }
        }
        order.sort(Comparator.comparingInt((Integer p) -> -counts[p]).thenComparing(p -> p));
        return order;
    }

    /** Picks k by the simplified silhouette (centroid-based, so it stays linear) on a sample. */
    private static int chooseK(SparseVector[] docs, Random random, int dimension, int maxK) {
        SparseVector[] sample = sample(docs, random);
        int best = Math.min(2, maxK);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= maxK; k++) {
            float[][] start = SphericalKMeans.seed(sample, new float[0][], k, new Random(random.nextLong()), dimension);
            SphericalKMeans.Result result = SphericalKMeans.run(sample, start, null, 0, dimension);
            double score = silhouette(sample, result, dimension);
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    private static SparseVector[] sample(SparseVector[] docs, Random random) {
        List<SparseVector> nonEmpty = new ArrayList<>();
        for (SparseVector doc : docs) {
            if (!doc.isEmpty()) {
                nonEmpty.add(doc);
            }
        }
        if (nonEmpty.size() > SAMPLE_FOR_K) {
            java.util.Collections.shuffle(nonEmpty, random);
            nonEmpty = nonEmpty.subList(0, SAMPLE_FOR_K);
        }
        return nonEmpty.toArray(SparseVector[]::new);
    }

    private static double silhouette(SparseVector[] docs, SphericalKMeans.Result result, int dimension) {
        CentroidMatrix matrix = new CentroidMatrix(result.centroids(), dimension);
        double[] similarities = new double[matrix.size()];
        double total = 0;
        for (int d = 0; d < docs.length; d++) {
            double own = 1 - result.similarity()[d];
            double other = Double.MAX_VALUE;
            matrix.similarities(docs[d], similarities);
            for (int c = 0; c < similarities.length; c++) {
                if (c != result.assignment()[d]) {
                    other = Math.min(other, 1 - similarities[c]);
                }
            }
            double denominator = Math.max(own, other);
            total += denominator == 0 ? 0 : (other - own) / denominator;
        }
        return total / docs.length;
    }
}
