package nl.inbreng.insight.clustering;

import java.util.List;

/**
 * How to cluster. {@code clusters} null means "choose the number yourself"; {@code priors} may be empty, then the
 * clustering is fully unsupervised.
 */
public record ClusteringOptions(Integer clusters, long seed, List<ThemePrior> priors) {

    public static ClusteringOptions automatic(long seed, List<ThemePrior> priors) {
        return new ClusteringOptions(null, seed, priors);
    }
}
