package nl.inbreng.clustering;

/**
 * One text to cluster, with the id it is known by (a submission id). {@code quotable} false means the text may
 * hold personal data nobody has reviewed yet: it still counts and clusters, but it is never quoted in a summary.
 */
public record ClusterInput(long id, String text, boolean quotable) {

    public ClusterInput(long id, String text) {
        this(id, text, true);
    }
}
