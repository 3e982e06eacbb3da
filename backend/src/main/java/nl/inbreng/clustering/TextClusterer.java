package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Clusters Dutch inputs: every input ends up in exactly one cluster, inputs that fit nowhere in "overig".
 *
 * <p>Inputs become word and character-gram TF-IDF vectors ({@link Vocabulary}); copies of one report share one
 * weight. Theme priors are tried first as starting centres: when the clusters that start at a theme stay close to
 * it, the inputs fit the themes and the result follows them; when they drift away, the data disagrees and the
 * themes give way entirely. The data-driven partition clusters a latent semantic projection ({@link Lsa}) of the
 * vectors with several seeded k-means++ starts and keeps the best fit. The number of clusters is the caller's, or
 * the number of themes the inputs fit, or the one with the best silhouette; {@link ClusterCount} says which and why.
 * The same inputs and seed give the same result.
 */
public final class TextClusterer {

    static final String OVERIG = ClusteringTexts.OVERIG;
    /** An input less similar than this to its cluster centre is put in "overig" rather than forced in. */
    private static final double MIN_SIMILARITY = 0.04;
    private static final int SAMPLE_FOR_K = 1500;
    private static final int MAX_AUTOMATIC = 30;
    /** From this many inputs on, a cluster of one is not a pattern: its input goes to "overig". */
    private static final int SINGLETONS_TO_OVERIG_FROM = 30;
    /** Up to this many inputs every k-means restart runs; above it the restarts shrink in proportion. */
    private static final int FULL_RESTARTS_UP_TO = 5000;
    /** With dropRare, a feature must occur in one in this many inputs (and in at least two) to count. */
    private static final int RARE_FEATURE_DIVISOR = 200;
    /** The gap statistic tries every k up to this one, then every second k (large k differ little). */
    private static final int EVERY_K_UP_TO = 10;

    /**
     * The knobs the quality benchmark turns; production uses {@link #DEFAULT}. {@code agreement}: how close (cosine)
     * a theme-started cluster's centre must stay to its theme to count as agreeing; {@code agreeingShare}: the share
     * of such clusters that must agree for the themes to be followed.
     */
    record Tuning(Vocabulary.Settings features, int restarts, boolean duplicateWeights, int lsaRank,
                  double agreement, double agreeingShare) {
        static final Tuning DEFAULT = new Tuning(Vocabulary.Settings.DEFAULT, 8, true, 50, 0.3, 0.8);
    }

    private final Tuning tuning;

    public TextClusterer() {
        this(Tuning.DEFAULT);
    }

    TextClusterer(Tuning tuning) {
        this.tuning = tuning;
    }

    public ClusteringResult cluster(List<ClusterInput> inputs, ClusteringOptions options) {
        return cluster(inputs, options, PhaseTimes.NONE);
    }

    /** The same, reporting the time per phase to {@code times} (the speed benchmark's view). */
    ClusteringResult cluster(List<ClusterInput> inputs, ClusteringOptions options, PhaseTimes times) {
        List<ClusterInput> sorted = inputs.stream().sorted(Comparator.comparingLong(ClusterInput::id)).toList();
        if (sorted.isEmpty()) {
            return new ClusteringResult(List.of(), List.of(), ClusterCount.NONE);
        }
        List<ThemePrior> priors = options.priors() == null ? List.of() : options.priors();
        Vocabulary.Built built = Vocabulary.build(sorted.stream().map(ClusterInput::text).toList(),
                priors.stream().map(ThemePrior::text).toList(), tuning.features());
        Vocabulary vocabulary = built.vocabulary();
        SparseVector[] docs = built.vectors();
        int dimension = vocabulary.dimension();
        times.mark("vectorise");
        // Near-duplicate grouping needs only the stems read here; it runs on its own thread beside the rest.
        NearDuplicates.StemSets stems = NearDuplicates.stemSets(built.words(), vocabulary);
        FutureTask<List<DuplicateGroup>> duplicateSearch =
                new FutureTask<>(() -> new NearDuplicates().group(sorted, stems));
        Thread duplicateThread = new Thread(duplicateSearch, "clustering-near-duplicates");
        duplicateThread.setDaemon(true);
        duplicateThread.start();
        times.mark("near-duplicates (stems, start)");

        float[] weights = weights(built.words(), docs);
        Partition partition = partition(docs, weights, vocabulary, priors, options, times);
        int k = partition.count.clusters();

        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            members.add(new ArrayList<>());
        }
        for (int d = 0; d < docs.length; d++) {
            boolean fits = k > 0 && !docs[d].isEmpty()
                    && docs[d].dot(partition.centroids[partition.assignment[d]]) >= MIN_SIMILARITY;
            members.get(fits ? partition.assignment[d] : k).add(d);
        }
        // A cluster of one is not a pattern; its input goes to "overig".
        int minSize = docs.length >= SINGLETONS_TO_OVERIG_FROM ? 2 : 1;
        for (int c = 0; c < k; c++) {
            if (members.get(c).size() < minSize) {
                members.get(k).addAll(members.get(c));
                members.get(c).clear();
            }
        }
        members.get(k).sort(Comparator.naturalOrder());

        // Summaries count near-duplicates, so wait for them here (they ran beside the k-means).
        List<DuplicateGroup> duplicates = outcome(duplicateSearch);
        times.mark("near-duplicates (waiting)");
        ClusterDescriber describer = new ClusterDescriber(vocabulary, docs, sorted, duplicates);
        List<TextCluster> clusters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (!members.get(c).isEmpty()) {
                clusters.add(describer.describe(members.get(c), partition.centroids[c], false, partition.themeCodes[c]));
            }
        }
        clusters.sort(Comparator.comparingInt(TextCluster::size).reversed()
                .thenComparing(cluster -> cluster.memberIds().get(0)));
        if (!members.get(k).isEmpty()) {
            clusters.add(describer.describe(members.get(k), centre(docs, null, members.get(k), dimension), true, null));
        }
        clusters = describer.distinctLabels(clusters);
        times.mark("labels and summaries");
        return new ClusteringResult(List.copyOf(clusters), duplicates, partition.count);
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

    /**
     * Cluster per input, centres in the vocabulary's space, the theme each cluster follows (or null), and the
     * weighted sum of similarities to the centres in that space (higher fits the inputs better).
     */
    private record Partition(int[] assignment, float[][] centroids, String[] themeCodes, ClusterCount count,
                             double objective) {
        Partition explained(ClusterCount explanation) {
            return new Partition(assignment, centroids, themeCodes, explanation, objective);
        }
    }

    /**
     * Each input's weight in the centres: a group of m inputs with the same words shares 1 + ln m, so 97 copies of
     * one report weigh about as much as six different reports. Empty inputs weigh nothing (they go to "overig").
     */
    private float[] weights(List<List<String>> words, SparseVector[] docs) {
        float[] weights = new float[docs.length];
        Map<List<String>, List<Integer>> groups = new HashMap<>();
        for (int d = 0; d < docs.length; d++) {
            if (docs[d].isEmpty()) {
                continue;
            }
            weights[d] = 1f;
            if (tuning.duplicateWeights()) {
                groups.computeIfAbsent(words.get(d), w -> new ArrayList<>()).add(d);
            }
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                float share = (float) ((1 + Math.log(group.size())) / group.size());
                group.forEach(d -> weights[d] = share);
            }
        }
        return weights;
    }

    private Partition partition(SparseVector[] docs, float[] weights, Vocabulary vocabulary, List<ThemePrior> priors,
                                ClusteringOptions options, PhaseTimes times) {
        int nonEmpty = 0;
        for (SparseVector doc : docs) {
            if (!doc.isEmpty()) {
                nonEmpty++;
            }
        }
        int dimension = vocabulary.dimension();
        if (nonEmpty == 0) {
            return new Partition(new int[docs.length], new float[0][], new String[0], ClusterCount.NONE, 0);
        }
        Integer requested = options.clusters() == null ? null : Math.max(1, Math.min(options.clusters(), nonEmpty));
        Random random = new Random(options.seed());
        String themeNote = options.ownCategories() ? ClusteringTexts.themesNotUsed() : "";
        if (!priors.isEmpty()) {
            Themed themed = themed(docs, weights, vocabulary, priors, requested, random);
            times.mark("themes tried");
            if (themed != null) {
                // The themes are followed only when (nearly) every cluster that started at a theme stayed near it.
                // Fitting the inputs as well as text-only clusters is no test: both land at about the same
                // objective whether the themes suit the inputs (demo corpus) or not (public-space reports).
                if (themed.agreeing >= tuning.agreeingShare() * themed.seeded) {
                    ClusterCount count = requested != null
                            ? new ClusterCount(requested, ClusterCount.How.REQUESTED, ClusteringTexts.requested(requested),
                            true)
                            : new ClusterCount(themed.codes.length, ClusterCount.How.THEMES,
                            ClusteringTexts.themesFit(themed.codes.length, themed.agreeing, themed.seeded), true);
                    return new Partition(themed.assignment, themed.centres, themed.codes, count, 0);
                }
                themeNote = ClusteringTexts.themesDoNotFit(themed.agreeing, themed.seeded);
            }
        }
        // The data-driven view (only now: when the themes fit it is not needed), in the latent space when there
        // are enough inputs for one. Its random matrix has its own seed, so the order of steps changes nothing.
        SparseVector[] space = docs;
        int spaceDimension = dimension;
        if (tuning.lsaRank() > 0 && nonEmpty > 2 * tuning.lsaRank()) {
            Lsa lsa = Lsa.fit(docs, dimension, tuning.lsaRank(), options.seed());
            space = lsa.rows();
            spaceDimension = lsa.rank();
            times.mark("lsa");
        }
        ClusterCount count = requested != null
                ? new ClusterCount(requested, ClusterCount.How.REQUESTED, ClusteringTexts.requested(requested), false)
                : chooseK(space, weights, random, spaceDimension, Math.min(MAX_AUTOMATIC, nonEmpty), themeNote);
        times.mark("choose k");
        Partition partition = free(docs, space, weights, count.clusters(), spaceDimension, dimension, random);
        times.mark("k-means");
        return partition.explained(count);
    }

    /**
     * The best of several seeded k-means++ runs in {@code space}, with centres and objective in the words' own
     * space (labels, summaries, the "overig" floor and the comparison with the themes work there).
     */
    private Partition free(SparseVector[] docs, SparseVector[] space, float[] weights, int k, int spaceDimension,
                           int dimension, Random random) {
        SphericalKMeans.Result best = null;
        // Eight starts on everyday sets; large sets get fewer (each start costs a full k-means, and with many
        // inputs the starts land closer to each other).
        int starts = docs.length <= FULL_RESTARTS_UP_TO ? tuning.restarts()
                : Math.max(2, tuning.restarts() * FULL_RESTARTS_UP_TO / docs.length);
        for (int restart = 0; restart < Math.max(1, starts); restart++) {
            float[][] start = SphericalKMeans.seed(space, weights, new float[0][], k, random, spaceDimension);
            SphericalKMeans.Result next = SphericalKMeans.run(space, weights, start, null, 0, spaceDimension);
            if (best == null || next.objective() > best.objective()) {
                best = next;
            }
        }
        int[] assignment = best.assignment();
        float[][] centroids = best.centroids();
        double objective = best.objective();
        if (space != docs) {
            List<List<Integer>> members = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                members.add(new ArrayList<>());
            }
            for (int d = 0; d < docs.length; d++) {
                members.get(assignment[d]).add(d);
            }
            centroids = new float[k][];
            for (int c = 0; c < k; c++) {
                centroids[c] = centre(docs, weights, members.get(c), dimension);
            }
            objective = 0;
            for (int d = 0; d < docs.length; d++) {
                objective += weights[d] * docs[d].dot(centroids[assignment[d]]);
            }
        }
        return new Partition(assignment, centroids, new String[k], null, objective);
    }

    private static float[] centre(SparseVector[] docs, float[] weights, List<Integer> members, int dimension) {
        float[] centre = new float[dimension];
        for (int d : members) {
            docs[d].addTo(centre, weights == null ? 1f : weights[d]);
        }
        SparseVector.normalise(centre);
        return centre;
    }

    /** A partition started from the themes, with how many theme-started clusters stayed close to their theme. */
    private record Themed(int[] assignment, float[][] centres, String[] codes, int seeded, int agreeing) {
    }

    /**
     * k-means started at the themes the inputs are closest to (plus k-means++ picks when more clusters are asked
     * than themes fit), without any pull towards the themes: each theme-started cluster is free to move, and
     * afterwards it counts as agreeing when its centre is still close to its theme. Null when no theme attracts
     * enough inputs.
     */
    private Themed themed(SparseVector[] docs, float[] weights, Vocabulary vocabulary, List<ThemePrior> priors,
                          Integer requested, Random random) {
        int dimension = vocabulary.dimension();
        float[][] vectors = new float[priors.size()][];
        for (int p = 0; p < priors.size(); p++) {
            vectors[p] = SphericalKMeans.dense(vocabulary.vectorise(priors.get(p).text()), dimension);
        }
        List<Integer> ranked = rankPriors(docs, vectors, dimension, requested == null);
        if (ranked.size() < 2) {
            return null;
        }
        int k = requested != null ? requested : ranked.size();
        int seeded = Math.min(k, ranked.size());
        float[][] chosen = new float[seeded][];
        for (int i = 0; i < seeded; i++) {
            chosen[i] = vectors[ranked.get(i)];
        }
        float[][] start = SphericalKMeans.seed(docs, weights, chosen, k, random, dimension);
        SphericalKMeans.Result result = SphericalKMeans.run(docs, weights, start, null, 0, dimension);
        String[] codes = new String[k];
        int agreeing = 0;
        for (int c = 0; c < seeded; c++) {
            double agreement = dot(result.centroids()[c], chosen[c]);
            if (agreement >= tuning.agreement()) {
                codes[c] = priors.get(ranked.get(c)).code();
                agreeing++;
            }
        }
        return new Themed(result.assignment(), result.centroids(), codes, seeded, agreeing);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * Orders the themes by how many inputs are closest to them. In automatic mode only themes that at least a few
     * inputs talk about take part, which is what sets the number of clusters.
     */
    private static List<Integer> rankPriors(SparseVector[] docs, float[][] vectors, int dimension, boolean dropRare) {
        CentroidMatrix matrix = new CentroidMatrix(vectors, dimension);
        double[] similarities = new double[vectors.length];
        int[] counts = new int[vectors.length];
        for (SparseVector doc : docs) {
            if (!doc.isEmpty()) {
                int best = matrix.nearest(doc, similarities);
                if (similarities[best] > 0) {
                    counts[best]++;
                }
            }
        }
        int minimum = dropRare ? Math.max(2, docs.length / RARE_FEATURE_DIVISOR) : 1;
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < vectors.length; p++) {
            if (counts[p] >= minimum) {
                order.add(p);
            }
        }
        order.sort(Comparator.comparingInt((Integer p) -> -counts[p]).thenComparing(p -> p));
        return order;
    }

    /**
     * Picks k by the gap statistic (Tibshirani, Walther and Hastie 2001) on a sample: for each candidate k, how much
     * tighter the clusters are than those k-means finds in the same sample with every coordinate shuffled across
     * inputs (same spread, no shared topics). Tightness always grows with k; the gap only grows while the clusters
     * are real. Needs the dense latent space (on sparse vectors it falls back to the silhouette's old range).
     */
    private static ClusterCount chooseK(SparseVector[] docs, float[] weights, Random random, int dimension, int maxK,
                                        String note) {
        SparseVector[] sample = sample(docs, weights, random);
        int top = Math.min(maxK, sample.length / 2);
        if (top < 2) {
            return new ClusterCount(1, ClusterCount.How.TOO_FEW_INPUTS, ClusteringTexts.tooFew() + note, false);
        }
        SparseVector[][] references = new SparseVector[REFERENCES][];
        for (int r = 0; r < REFERENCES; r++) {
            references[r] = shuffled(sample, dimension, new Random(random.nextLong()));
        }
        List<int[]> tried = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        for (int k = 2; k <= top; k = k < EVERY_K_UP_TO ? k + 1 : k + 2) {
            double observed = Math.log(dispersion(sample, k, new Random(random.nextLong()), dimension));
            double expected = 0;
            for (SparseVector[] reference : references) {
                expected += Math.log(dispersion(reference, k, new Random(random.nextLong()), dimension));
            }
            double gap = expected / REFERENCES - observed;
            tried.add(new int[] {k});
            gaps.add(gap);
        }
        // On short texts the gap keeps growing with k (copies and near-copies form ever finer groups), so the
        // number is the smallest k that reaches most of the largest gap: beyond it, more groups mostly split hairs.
        double largest = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int best = tried.get(tried.size() - 1)[0];
        for (int i = 0; i < tried.size(); i++) {
            if (largest > 0 && gaps.get(i) >= GAP_SHARE * largest) {
                best = tried.get(i)[0];
                break;
            }
        }
        return new ClusterCount(best, ClusterCount.How.GAP, ClusteringTexts.gap(best, 2, top) + note, false);
    }

    private static final int REFERENCES = 2;
    private static final double GAP_SHARE = 2.0 / 3;

    /** Sum over the inputs of 1 - cosine to their centre after k-means from a seeded start. */
    private static double dispersion(SparseVector[] docs, int k, Random random, int dimension) {
        float[][] start = SphericalKMeans.seed(docs, new float[0][], k, random, dimension);
        SphericalKMeans.Result result = SphericalKMeans.run(docs, start, null, 0, dimension);
        return Math.max(1e-9, docs.length - result.objective());
    }

    /** Each coordinate permuted across the inputs independently, rows normalised again. */
    private static SparseVector[] shuffled(SparseVector[] docs, int dimension, Random random) {
        float[][] columns = new float[dimension][docs.length];
        for (int d = 0; d < docs.length; d++) {
            int[] ids = docs[d].ids();
            float[] weights = docs[d].weights();
            for (int i = 0; i < ids.length; i++) {
                columns[ids[i]][d] = weights[i];
            }
        }
        for (float[] column : columns) {
            for (int i = column.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                float swap = column[i];
                column[i] = column[j];
                column[j] = swap;
            }
        }
        SparseVector[] out = new SparseVector[docs.length];
        int[] ids = java.util.stream.IntStream.range(0, dimension).toArray();
        for (int d = 0; d < docs.length; d++) {
            float[] row = new float[dimension];
            for (int f = 0; f < dimension; f++) {
                row[f] = columns[f][d];
            }
            SparseVector.normalise(row);
            out[d] = new SparseVector(ids, row);
        }
        return out;
    }

    private static SparseVector[] sample(SparseVector[] docs, float[] weights, Random random) {
        List<SparseVector> nonEmpty = new ArrayList<>();
        for (int d = 0; d < docs.length; d++) {
            if (!docs[d].isEmpty() && weights[d] > 0) {
                nonEmpty.add(docs[d]);
            }
        }
        if (nonEmpty.size() > SAMPLE_FOR_K) {
            java.util.Collections.shuffle(nonEmpty, random);
            nonEmpty = nonEmpty.subList(0, SAMPLE_FOR_K);
        }
        return nonEmpty.toArray(SparseVector[]::new);
    }
}
