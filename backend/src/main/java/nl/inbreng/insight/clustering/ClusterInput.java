package nl.inbreng.insight.clustering;

/** One text to cluster, with the id it is known by (a submission id). */
public record ClusterInput(long id, String text) {
}
