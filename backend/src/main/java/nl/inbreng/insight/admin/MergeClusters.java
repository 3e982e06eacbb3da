package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges clusters of one stored clustering into the first one named. Summaries of the merged clusters are dropped
 * (their sentences no longer describe the whole); the remaining cluster keeps its own.
 */
@Singleton
class MergeClusters {

    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredSummarySentenceRepository sentences;
    private final StoredClusteringRepository clusterings;
    private final Clock clock;

    MergeClusters(StoredClusterRepository clusters, StoredClusterMemberRepository members,
                  StoredSummarySentenceRepository sentences, StoredClusteringRepository clusterings, Clock clock) {
        this.clusters = clusters;
        this.members = members;
        this.sentences = sentences;
        this.clusterings = clusterings;
        this.clock = clock;
    }

    sealed interface Result {
        record Merged(CuratedCluster cluster) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result merge(long clusteringId, List<Long> clusterIds, @Nullable String label) {
        if (clusterIds == null || clusterIds.stream().distinct().count() < 2) {
            throw new InvalidInputException("clusterIds", "Kies ten minste twee groepen om samen te voegen.");
        }
        clusterings.findByIdForUpdate(clusteringId);
        List<StoredCluster> found = new ArrayList<>();
        for (Long id : clusterIds.stream().distinct().toList()) {
            Optional<StoredCluster> cluster = clusters.findByIdAndClusteringId(id, clusteringId);
            if (cluster.isEmpty()) {
                return new Result.NotFound();
            }
            found.add(cluster.get());
        }
        StoredCluster target = found.get(0);
        for (StoredCluster other : found.subList(1, found.size())) {
            members.moveAll(other.id(), target.id());
            sentences.deleteByClusterId(other.id());
            clusters.delete(other);
        }
        StoredCluster kept = clusters.update(new StoredCluster(target.id(), target.clusteringId(), target.position(),
                label == null || label.isBlank() ? target.label() : label.strip(), target.keyPhrases(),
                target.overig(), target.themeCode(), target.pinned()));
        clusterings.markCurated(clusteringId, LocalDateTime.now(clock));
        return new Result.Merged(CurateCluster.view(kept, members));
    }
}
