package nl.inbreng.insight.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.clustering.ClusterInput;
import nl.inbreng.clustering.NearestClusters;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Nieuwe inbreng indelen": inputs that match a stored clustering's filter but are not in it yet join the nearest
 * curated cluster (or "overig") and are flagged new, so the analyst sees them and can accept or move them.
 * The curated clusters themselves (labels, merges, moves, pins) are left exactly as they are.
 */
@Singleton
class AssignNewInputs {

    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final FilteredInputs inputs;
    private final Clock clock;

    AssignNewInputs(StoredClusteringRepository clusterings, StoredClusterRepository clusters,
                    StoredClusterMemberRepository members, FilteredInputs inputs, Clock clock) {
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.inputs = inputs;
        this.clock = clock;
    }

    sealed interface Result {
        /** How many inputs joined a cluster, and how many of those went to "overig". */
        record Assigned(int assigned, int toOverig) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result assign(long clusteringId) {
        Optional<StoredClustering> clustering = clusterings.findByIdForUpdate(clusteringId);
        if (clustering.isEmpty()) {
            return new Result.NotFound();
        }
        List<StoredCluster> stored = clusters.findByClusteringIdOrderByPosition(clusteringId);
        List<StoredClusterMember> current = stored.isEmpty() ? List.of()
                : members.findByClusterIdInOrderBySubmissionId(stored.stream().map(StoredCluster::id).toList());
        Set<Long> known = current.stream().map(StoredClusterMember::submissionId).collect(Collectors.toSet());
        List<FilteredInputs.Row> newcomers = inputs.find(clustering.get().filter()).stream()
                .filter(row -> !known.contains(row.id())).toList();
        if (newcomers.isEmpty()) {
            return new Result.Assigned(0, 0);
        }

        Map<Long, String> texts = inputs.ofClustering(clusteringId).stream()
                .collect(Collectors.toMap(FilteredInputs.Row::id, FilteredInputs.Row::text));
        Map<Long, List<StoredClusterMember>> byCluster = current.stream()
                .collect(Collectors.groupingBy(StoredClusterMember::clusterId));
        List<NearestClusters.Group> groups = new ArrayList<>();
        for (StoredCluster cluster : stored) {
            if (!cluster.overig()) {
                groups.add(new NearestClusters.Group(cluster.id(), byCluster.getOrDefault(cluster.id(), List.of()).stream()
                        .map(member -> new ClusterInput(member.submissionId(), texts.getOrDefault(member.submissionId(), "")))
                        .toList()));
            }
        }
        List<NearestClusters.Assignment> assignments = new NearestClusters().assign(groups,
                newcomers.stream().map(row -> new ClusterInput(row.id(), row.text())).toList());

        Long overigId = null;
        int toOverig = 0;
        List<StoredClusterMember> rows = new ArrayList<>();
        for (NearestClusters.Assignment assignment : assignments) {
            Long target = assignment.groupKey();
            if (target == null) {
                if (overigId == null) {
                    overigId = overig(clusteringId, stored).id();
                }
                target = overigId;
                toOverig++;
            }
            rows.add(new StoredClusterMember(null, target, assignment.inputId(), false, true));
        }
        members.saveAll(rows);
        clusterings.markCurated(clusteringId, LocalDateTime.now(clock));
        return new Result.Assigned(rows.size(), toOverig);
    }

    private StoredCluster overig(long clusteringId, List<StoredCluster> stored) {
        return stored.stream().filter(StoredCluster::overig).findFirst().orElseGet(() -> clusters.save(
                new StoredCluster(null, clusteringId, stored.stream().mapToInt(StoredCluster::position).max().orElse(-1) + 1,
                        "Overig", null, true, null, false)));
    }
}
