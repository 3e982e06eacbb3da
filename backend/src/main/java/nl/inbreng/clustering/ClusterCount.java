package nl.inbreng.clustering;

/**
 * How many clusters were made and why, for the analyst: {@code how} says who chose the number, {@code reason} says
 * it in plain Dutch ({@link ClusteringTexts}). {@code themesFollowed} is true when the clusters started from the
 * themes because the inputs fit them.
 */
public record ClusterCount(int clusters, How how, String reason, boolean themesFollowed) {

    /** Who chose the number. */
    public enum How { REQUESTED, THEMES, GAP, TOO_FEW_INPUTS }

    static final ClusterCount NONE = new ClusterCount(0, How.TOO_FEW_INPUTS, ClusteringTexts.nothingToCluster(), false);
}
