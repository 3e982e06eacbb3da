package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The analyst's curated clusters for other features (the council report): the latest curated clustering of a round,
 * or one chosen by id. Only a clustering of the whole round counts as "the round's" (filtered on round alone, or on
 * round and theme), because a channel, area or import filter leaves inputs of the round out.
 */
@Singleton
public class CuratedClusterings {

    /** A curated clustering: its id, the round it covers and its clusters in screen order ("overig" last). */
    public record Curated(long id, @Nullable Long round, List<Cluster> clusters) {
    }

    /** A cluster as curated: label, members, representatives first, and the summary sentences it still has. */
    public record Cluster(String label, boolean overig, List<Long> memberIds, List<Long> representativeIds,
                          List<String> summary) {
    }

    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredSummarySentenceRepository sentences;

    CuratedClusterings(StoredClusteringRepository clusterings, StoredClusterRepository clusters,
                       StoredClusterMemberRepository members, StoredSummarySentenceRepository sentences) {
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.sentences = sentences;
    }

    /** The most recently curated clustering of the whole round, if an analyst curated one. */
    @Transactional(readOnly = true)
    public Optional<Curated> latestForRound(long round) {
        return clusterings.findByFilterRoundAndCuratedAtIsNotNull(round).stream()
                .filter(c -> c.filterChannel() == null && c.filterArea() == null && c.filterImport() == null)
                .max(Comparator.comparing(StoredClustering::curatedAt).thenComparing(StoredClustering::id))
                .map(this::load);
    }

    @Transactional(readOnly = true)
    public Optional<Curated> byId(long id) {
        return clusterings.findById(id).map(this::load);
    }

    private Curated load(StoredClustering clustering) {
        List<StoredCluster> stored = new ArrayList<>(clusters.findByClusteringIdOrderByPosition(clustering.id()));
        stored.sort(Comparator.comparing(StoredCluster::overig).thenComparingInt(StoredCluster::position));
        Map<Long, List<StoredClusterMember>> byCluster = stored.isEmpty() ? Map.of()
                : members.findByClusterIdInOrderBySubmissionId(stored.stream().map(StoredCluster::id).toList()).stream()
                .collect(Collectors.groupingBy(StoredClusterMember::clusterId));
        List<Cluster> result = new ArrayList<>();
        for (StoredCluster cluster : stored) {
            List<StoredClusterMember> own = byCluster.getOrDefault(cluster.id(), List.of());
            result.add(new Cluster(cluster.label(), cluster.overig(),
                    own.stream().map(StoredClusterMember::submissionId).toList(),
                    own.stream().filter(StoredClusterMember::representative).map(StoredClusterMember::submissionId).toList(),
                    sentences.findByClusterIdOrderByPosition(cluster.id()).stream()
                            .map(StoredSummarySentence::sentence).toList()));
        }
        return new Curated(clustering.id(), clustering.filterRound(), result);
    }
}
