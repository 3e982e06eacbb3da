package nl.inbreng.themes.suggestions;

/**
 * How the three kinds of evidence become one score per theme (ADR 0100):
 * <ul>
 *   <li>the tagged inputs: the linear model's decision values, made a probability over the tagged themes by a softmax
 *       with a sharpness, mixed with the vote of the most similar tagged inputs;</li>
 *   <li>the theme texts (name, description, example words, resident vocabulary): a softmax over all themes of the
 *       text's cosine to each theme's own text, times the prior strength;</li>
 *   <li>per theme, the prior counts with weight fade / (fade + n), n being the theme's tagged inputs: a theme with
 *       many tagged inputs is driven by them; a theme nobody tagged lives on its text alone, weighed as the prior of a
 *       typical tagged theme (see priorShare).</li>
 * </ul>
 * The result adds up to 1 over all themes; optionally each theme then borrows a little of its veld's mean (ADR 0089).
 */
final class Blend {

    private Blend() {
    }

    /** Softmax over the themes that have a decision value (the others: NaN, probability 0). */
    static double[] tagged(double[] decision, double sharpness) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : decision) {
            if (!Double.isNaN(d)) {
                max = Math.max(max, d);
            }
        }
        double[] p = new double[decision.length];
        if (max == Double.NEGATIVE_INFINITY) {
            return p;
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            if (!Double.isNaN(decision[c])) {
                p[c] = Math.exp(sharpness * (decision[c] - max));
                sum += p[c];
            }
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Softmax over all themes of the cosine to each theme's text. */
    static double[] prior(double[] cosine, double strength) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : cosine) {
            max = Math.max(max, v);
        }
        double[] p = new double[cosine.length];
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(strength * (cosine[c] - max));
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /**
     * How much the prior counts for a theme with {@code tagged} tagged inputs: fade / (fade + tagged). A theme nobody
     * tagged has no tagged evidence at all; its text counts as much as the prior of a typical tagged theme
     * ({@code typical}: the mean number of tagged inputs per tagged theme), so a werkgroep that tagged much and never
     * used a theme sees it only when its text fits clearly better than anything tagged.
     */
    private static double priorShare(double fade, int tagged, double typical) {
        return fade / (fade + (tagged == 0 ? typical : tagged));
    }

    /** The mean number of tagged inputs per theme that has any (0 when nothing is tagged). */
    private static double typicalCount(int[] taggedCount) {
        int sum = 0;
        int themes = 0;
        for (int count : taggedCount) {
            sum += count;
            themes += count > 0 ? 1 : 0;
        }
        return themes == 0 ? 0 : sum / (double) themes;
    }

    /** {@link #priorShare} for every theme at once. */
    static double[] priorShares(double fade, int[] taggedCount) {
        double typical = typicalCount(taggedCount);
        double[] share = new double[taggedCount.length];
        for (int c = 0; c < share.length; c++) {
            share[c] = priorShare(fade, taggedCount[c], typical);
        }
        return share;
    }

    /**
     * The final scores. {@code model} and {@code votes} are probabilities over the tagged themes (0 elsewhere),
     * {@code prior} over all themes, {@code share} each theme's prior share (see {@link #priorShares}).
     */
    static double[] scores(double[] model, double[] votes, double[] prior, double[] share,
                           ThemeClassifier.Settings settings, int[][] veldOf) {
        double[] score = new double[prior.length];
        scoresInto(model, votes, prior, share, settings, veldOf, score, new double[prior.length]);
        return score;
    }

    /** As {@link #scores}, into {@code score}, with {@code scratch} as working space (the cross-validation's loop). */
    static void scoresInto(double[] model, double[] votes, double[] prior, double[] share,
                           ThemeClassifier.Settings settings, int[][] veldOf, double[] score, double[] scratch) {
        double sum = 0;
        double neighbours = settings.neighbourWeight();
        for (int c = 0; c < score.length; c++) {
            double data = (1 - neighbours) * model[c] + neighbours * votes[c];
            score[c] = (1 - share[c]) * data + share[c] * prior[c];
            sum += score[c];
        }
        for (int c = 0; c < score.length; c++) {
            score[c] /= sum;
        }
        smoothWithinVeld(score, settings.veldSmoothing(), veldOf, scratch);
    }

    /**
     * Mixes each theme's score with the mean score of its veld: (p + s * mean) / (1 + s), still adding up to 1. When the
     * model hesitates the right theme is often a sibling of its first guess (ADR 0089).
     */
    static void smoothWithinVeld(double[] p, double s, int[][] veldOf, double[] scratch) {
        if (s == 0) {
            return;
        }
        for (int c = 0; c < p.length; c++) {
            double mass = 0;
            for (int sibling : veldOf[c]) {
                mass += p[sibling];
            }
            scratch[c] = (p[c] + s * mass / veldOf[c].length) / (1 + s);
        }
        System.arraycopy(scratch, 0, p, 0, p.length);
    }
}
