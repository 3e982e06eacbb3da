package nl.inbreng.clustering;

import java.util.List;

/**
 * Every input in exactly one cluster, biggest cluster first and "overig" last, plus near-duplicate groups and how
 * the number of clusters was chosen.
 */
public record ClusteringResult(List<TextCluster> clusters, List<DuplicateGroup> duplicates, ClusterCount count) {
}
