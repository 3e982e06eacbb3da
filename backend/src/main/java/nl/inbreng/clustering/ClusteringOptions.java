package nl.inbreng.clustering;

import java.util.List;

/**
 * How to cluster. {@code clusters} null means "choose the number yourself"; {@code priors} may be empty, then the
 * clustering is fully data-driven. {@code ownCategories} says the priors were left out because the inputs carry
 * categories of their own (an import's), so the explanation can say so.
 */
public record ClusteringOptions(Integer clusters, long seed, List<ThemePrior> priors, boolean ownCategories) {

    public ClusteringOptions(Integer clusters, long seed, List<ThemePrior> priors) {
        this(clusters, seed, priors, false);
    }

    public static ClusteringOptions automatic(long seed, List<ThemePrior> priors) {
        return new ClusteringOptions(null, seed, priors);
    }
}
