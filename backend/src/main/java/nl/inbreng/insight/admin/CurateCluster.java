package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Renames and/or pins one cluster of a stored clustering. */
@Singleton
class CurateCluster {

    static final int MAX_LABEL = 300;

    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredClusteringRepository clusterings;
    private final Clock clock;

    CurateCluster(StoredClusterRepository clusters, StoredClusterMemberRepository members,
                  StoredClusteringRepository clusterings, Clock clock) {
        this.clusters = clusters;
        this.members = members;
        this.clusterings = clusterings;
        this.clock = clock;
    }

    sealed interface Result {
        record Curated(CuratedCluster cluster) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result curate(long clusteringId, long clusterId, @Nullable String label, @Nullable Boolean pinned) {
        if (label != null && (label.isBlank() || label.strip().length() > MAX_LABEL)) {
            throw new InvalidInputException("label", "Geef de groep een naam van 1 tot " + MAX_LABEL + " tekens.");
        }
        Optional<StoredCluster> found = clusters.findByIdAndClusteringId(clusterId, clusteringId);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        StoredCluster cluster = found.get();
        StoredCluster updated = clusters.update(new StoredCluster(cluster.id(), cluster.clusteringId(), cluster.position(),
                label == null ? cluster.label() : label.strip(), cluster.keyPhrases(), cluster.overig(),
                cluster.themeCode(), pinned == null ? cluster.pinned() : pinned));
        clusterings.markCurated(clusteringId, LocalDateTime.now(clock));
        return new Result.Curated(view(updated, members));
    }

    static CuratedCluster view(StoredCluster cluster, StoredClusterMemberRepository members) {
        List<Long> ids = members.findByClusterIdOrderBySubmissionId(cluster.id()).stream()
                .map(StoredClusterMember::submissionId).toList();
        return new CuratedCluster(cluster.id(), cluster.label(), cluster.pinned(), ids.size(), ids);
    }
}
