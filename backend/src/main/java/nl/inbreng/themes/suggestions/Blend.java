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
    static double priorShare(double fade, int tagged, double typical) {
        return fade / (fade + (tagged == 0 ? typical : tagged));
    }

    /** The mean number of tagged inputs per theme that has any (0 when nothing is tagged). */
    static double typicalCount(int[] taggedCount) {
        int sum = 0;
        int themes = 0;
        for (int count : taggedCount) {
            sum += count;
            themes += count > 0 ? 1 : 0;
        }
        return themes == 0 ? 0 : sum / (double) themes;
    }

    /**
     * The final scores. {@code model} and {@code votes} are probabilities over the tagged themes (0 elsewhere),
     * {@code prior} over all themes.
     */
    static double[] scores(double[] model, double[] votes, double[] prior, ThemeClassifier.Settings settings,
                           int[] taggedCount, int[][] veldOf) {
        double[] score = new double[prior.length];
        double sum = 0;
        double neighbours = settings.neighbourWeight();
        double typical = typicalCount(taggedCount);
        for (int c = 0; c < score.length; c++) {
            double data = (1 - neighbours) * model[c] + neighbours * votes[c];
            double share = priorShare(settings.priorFade(), taggedCount[c], typical);
            score[c] = (1 - share) * data + share * prior[c];
            sum += score[c];
        }
        for (int c = 0; c < score.length; c++) {
            score[c] /= sum;
        }
        return smoothWithinVeld(score, settings.veldSmoothing(), veldOf);
    }

    /**
     * Mixes each theme's score with the mean score of its veld: (p + s * mean) / (1 + s), still adding up to 1. When the
     * model hesitates the right theme is often a sibling of its first guess (ADR 0089).
     */
    static double[] smoothWithinVeld(double[] p, double s, int[][] veldOf) {
        if (s == 0) {
            return p;
        }
        double[] smoothed = new double[p.length];
        for (int c = 0; c < p.length; c++) {
            double mass = 0;
            for (int sibling : veldOf[c]) {
                mass += p[sibling];
            }
            smoothed[c] = (p[c] + s * mass / veldOf[c].length) / (1 + s);
        }
        return smoothed;
    }
}
