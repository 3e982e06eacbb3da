package nl.inbreng.insight.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.clustering.ClusterInput;
import nl.inbreng.clustering.ClusteringOptions;
import nl.inbreng.clustering.ClusteringResult;
import nl.inbreng.clustering.TextClusterer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a stored clustering again for its filter, in place (same id, so links and the report keep working).
 * Pinned clusters keep their label and members; everything else, including new inputs, is clustered afresh.
 * Inputs that no longer match the filter (withdrawn, hidden) leave every cluster.
 */
@Singleton
class RefreshClustering {

    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredSummarySentenceRepository sentences;
    private final FilteredInputs inputs;
    private final CreateClustering create;

    RefreshClustering(StoredClusteringRepository clusterings, StoredClusterRepository clusters,
                      StoredClusterMemberRepository members, StoredSummarySentenceRepository sentences,
                      FilteredInputs inputs, CreateClustering create) {
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.sentences = sentences;
        this.inputs = inputs;
        this.create = create;
    }

    sealed interface Result {
        record Refreshed(long id) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result refresh(long clusteringId) {
        Optional<StoredClustering> found = clusterings.findByIdForUpdate(clusteringId);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        StoredClustering clustering = found.get();
        List<FilteredInputs.Row> rows = inputs.find(clustering.filter());
        Set<Long> inFilter = rows.stream().map(FilteredInputs.Row::id).collect(Collectors.toSet());
        Set<Long> keptByPins = new HashSet<>();
        int pinned = 0;
        int position = 0;
        for (StoredCluster cluster : clusters.findByClusteringIdOrderByPosition(clusteringId)) {
            List<StoredClusterMember> current = members.findByClusterIdOrderBySubmissionId(cluster.id());
            if (cluster.pinned()) {
                pinned++;
                for (StoredClusterMember member : current) {
                    if (inFilter.contains(member.submissionId())) {
                        keptByPins.add(member.submissionId());
                    } else {
                        members.delete(member);
                    }
                }
                clusters.update(new StoredCluster(cluster.id(), clusteringId, position++, cluster.label(),
                        cluster.keyPhrases(), cluster.overig(), cluster.themeCode(), true));
            } else {
                sentences.deleteByClusterId(cluster.id());
                members.deleteByClusterId(cluster.id());
                clusters.delete(cluster);
            }
        }
        List<ClusterInput> rest = create.clusterInputs(rows.stream().filter(row -> !keptByPins.contains(row.id()))
                .toList());
        // An asked-for number of groups counts the pinned ones too.
        Integer requested = clustering.requestedClusters() == null ? null
                : Math.max(1, clustering.requestedClusters() - pinned);
        ClusteringOptions options = create.options(clustering.filter(), requested);
        ClusteringResult result = new TextClusterer().cluster(rest, new ClusteringOptions(options.clusters(),
                clustering.seed(), options.priors(), options.ownCategories()));
        for (var cluster : result.clusters()) {
            create.store(clusteringId, position++, cluster);
        }
        return new Result.Refreshed(clusteringId);
    }
}
