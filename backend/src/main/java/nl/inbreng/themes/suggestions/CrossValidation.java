package nl.inbreng.themes.suggestions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses the model's settings at each training by stratified k-fold cross-validation inside the installation's own
 * tagged inputs (ADR 0100). Only the SVM's misfit penalty needs a model per fold; every other setting (sharpness,
 * neighbour vote, prior strength and fade, veld smoothing) only changes how the held-out evidence is combined, so the
 * whole grid costs a few SVM trainings. The criterion is the mean of top-1 and top-3 on the held-out primary themes;
 * ties go to the earlier setting in the grid. Deterministic: the folds come from a fixed seed.
 */
final class CrossValidation {

    static final int FOLDS = 3;
    /** Below this many tagged inputs (or with fewer than two tagged themes) the folds say nothing: use the fallback. */
    static final int MIN_EXAMPLES = 12;
    private static final long SEED = 20_261_213L;
    private static final int TOP = 3;

    static final double[] MISFIT_PENALTIES = {0.3, 1, 3};
    static final double[] SHARPNESS = {1, 2, 4, 8};
    static final double[] NEIGHBOUR_WEIGHTS = {0, 0.25, 0.5};
    static final double[] PRIOR_STRENGTHS = {5, 10, 20, 40};
    static final double[] PRIOR_FADES = {1, 4, 16, 64};
    static final double[] VELD_SMOOTHING = {0, 0.3};

    private CrossValidation() {
    }

    static ThemeClassifier.Validation choose(ThemeClassifier.Training training) {
        int n = training.rows().size();
        long tagged = java.util.Arrays.stream(training.taggedCount()).filter(count -> count > 0).count();
        if (n < MIN_EXAMPLES || tagged < 2) {
            return ThemeClassifier.Validation.notRun(ThemeClassifier.Settings.FALLBACK, n);
        }
        int themes = training.codes().size();
        int[] foldOf = folds(training.primary(), n);
        // Held-out evidence per input: decisions per misfit penalty, neighbour votes, cosines to the theme texts,
        // and the tagged counts of its fold's training part.
        double[][][] decision = new double[MISFIT_PENALTIES.length][n][];
        double[][] votes = new double[n][];
        double[][] cosine = new double[n][];
        int[][] countOf = new int[n][];
        for (int i = 0; i < n; i++) {
            cosine[i] = training.profileIndex().similarities(training.rows().get(i));
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            heldOutEvidence(training, foldOf, fold, decision, votes, countOf);
        }
        double[][][] prior = new double[PRIOR_STRENGTHS.length][n][];
        for (int a = 0; a < PRIOR_STRENGTHS.length; a++) {
            for (int i = 0; i < n; i++) {
                prior[a][i] = Blend.prior(cosine[i], PRIOR_STRENGTHS[a]);
            }
        }
        // Each fold's tagged counts give each theme's prior share, per fade.
        double[][][] shareOf = new double[n][PRIOR_FADES.length][];
        Map<int[], double[][]> sharesByCounts = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            shareOf[i] = sharesByCounts.computeIfAbsent(countOf[i], counts -> {
                double[][] shares = new double[PRIOR_FADES.length][];
                for (int f = 0; f < PRIOR_FADES.length; f++) {
                    shares[f] = Blend.priorShares(PRIOR_FADES[f], counts);
                }
                return shares;
            });
        }
        double[] score = new double[themes];
        double[] scratch = new double[themes];
        ThemeClassifier.Settings best = null;
        double bestTop1 = -1;
        double bestTop3 = -1;
        int candidates = 0;
        for (int m = 0; m < MISFIT_PENALTIES.length; m++) {
            for (double sharpness : SHARPNESS) {
                double[][] model = new double[n][];
                for (int i = 0; i < n; i++) {
                    model[i] = Blend.tagged(decision[m][i], sharpness);
                }
                for (double neighbours : NEIGHBOUR_WEIGHTS) {
                    for (int a = 0; a < PRIOR_STRENGTHS.length; a++) {
                        for (int f = 0; f < PRIOR_FADES.length; f++) {
                            for (double veld : VELD_SMOOTHING) {
                                ThemeClassifier.Settings settings = new ThemeClassifier.Settings(MISFIT_PENALTIES[m],
                                        sharpness, neighbours, PRIOR_STRENGTHS[a], PRIOR_FADES[f], veld);
                                int top1 = 0;
                                int top3 = 0;
                                for (int i = 0; i < n; i++) {
                                    Blend.scoresInto(model[i], votes[i], prior[a][i], shareOf[i][f], settings,
                                            training.veldOf(), score, scratch);
                                    int rank = rankOf(score, training.primary()[i]);
                                    top1 += rank == 0 ? 1 : 0;
                                    top3 += rank < TOP ? 1 : 0;
                                }
                                candidates++;
                                if (top1 + top3 > bestTop1 + bestTop3) {
                                    best = settings;
                                    bestTop1 = top1;
                                    bestTop3 = top3;
                                }
                            }
                        }
                    }
                }
            }
        }
        return new ThemeClassifier.Validation(best, bestTop1 / n, bestTop3 / n, FOLDS, n, candidates);
    }

    /** Each theme's tagged inputs are shuffled (seeded) and dealt over the folds in turn, so every fold has its share. */
    private static int[] folds(int[] primary, int n) {
        Map<Integer, List<Integer>> byTheme = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byTheme.computeIfAbsent(primary[i], k -> new ArrayList<>()).add(i);
        }
        int[] foldOf = new int[n];
        Random random = new Random(SEED);
        int next = 0;
        for (List<Integer> rows : byTheme.values()) {
            List<Integer> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            for (int row : shuffled) {
                foldOf[row] = next++ % FOLDS;
            }
        }
        return foldOf;
    }

    private static void heldOutEvidence(ThemeClassifier.Training training, int[] foldOf, int fold,
                                        double[][][] decision, double[][] votes, int[][] countOf) {
        int themes = training.codes().size();
        List<Integer> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            (foldOf[i] == fold ? held : train).add(i);
        }
        List<SparseVector> rows = train.stream().map(training.rows()::get).toList();
        int[] counts = new int[themes];
        int[] primary = new int[train.size()];
        for (int t = 0; t < train.size(); t++) {
            primary[t] = training.primary()[train.get(t)];
            for (int c = 0; c < themes; c++) {
                counts[c] += training.labelled()[c][train.get(t)] ? 1 : 0;
            }
        }
        List<Integer> trainedThemes = new ArrayList<>();
        for (int c = 0; c < themes; c++) {
            if (counts[c] > 0) {
                trainedThemes.add(c);
            }
        }
        double[][] strength = new double[trainedThemes.size()][train.size()];
        for (int s = 0; s < trainedThemes.size(); s++) {
            for (int t = 0; t < train.size(); t++) {
                strength[s][t] = training.strength()[trainedThemes.get(s)][train.get(t)];
            }
        }
        for (int m = 0; m < MISFIT_PENALTIES.length; m++) {
            LinearSvm svm = LinearSvm.train(rows, strength, training.space().size(), MISFIT_PENALTIES[m]);
            for (int i : held) {
                double[] d = new double[themes];
                java.util.Arrays.fill(d, Double.NaN);
                for (int s = 0; s < trainedThemes.size(); s++) {
                    d[trainedThemes.get(s)] = svm.decision(s, training.rows().get(i));
                }
                decision[m][i] = d;
            }
        }
        NeighbourIndex index = new NeighbourIndex(rows, training.space().size());
        for (int i : held) {
            votes[i] = ThemeClassifier.votes(index.nearest(training.rows().get(i), ThemeClassifier.NEIGHBOURS), primary,
                    themes);
            countOf[i] = counts;
        }
    }

    /** The position of the gold theme in the ranking (ties broken towards the earlier theme, as in suggest). */
    private static int rankOf(double[] score, int gold) {
        int rank = 0;
        for (int c = 0; c < score.length; c++) {
            if (score[c] > score[gold] || (score[c] == score[gold] && c < gold)) {
                rank++;
            }
        }
        return rank;
    }
}
