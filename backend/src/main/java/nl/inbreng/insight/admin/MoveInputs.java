package nl.inbreng.insight.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Moves inputs to another cluster of the same stored clustering; each input stays in exactly one cluster. */
@Singleton
class MoveInputs {

    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredClusteringRepository clusterings;
    private final Clock clock;

    MoveInputs(StoredClusterRepository clusters, StoredClusterMemberRepository members,
               StoredClusteringRepository clusterings, Clock clock) {
        this.clusters = clusters;
        this.members = members;
        this.clusterings = clusterings;
        this.clock = clock;
    }

    sealed interface Result {
        record Moved(CuratedCluster cluster) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result move(long clusteringId, List<Long> submissionIds, long toClusterId) {
        if (submissionIds == null || submissionIds.isEmpty()) {
            throw new InvalidInputException("submissionIds", "Kies de inbreng die u wilt verplaatsen.");
        }
        clusterings.findByIdForUpdate(clusteringId);
        Optional<StoredCluster> target = clusters.findByIdAndClusteringId(toClusterId, clusteringId);
        if (target.isEmpty()) {
            return new Result.NotFound();
        }
        List<Long> clusterIds = clusters.findByClusteringIdOrderByPosition(clusteringId).stream()
                .map(StoredCluster::id).toList();
        List<StoredClusterMember> moving = members.findByClusterIdInAndSubmissionIdIn(clusterIds, submissionIds);
        if (moving.size() != submissionIds.stream().distinct().count()) {
            throw new InvalidInputException("submissionIds", "Niet alle gekozen inbreng hoort bij deze indeling.");
        }
        // Moving a new input is the analyst's decision about it, so it is no longer flagged as new.
        for (StoredClusterMember member : moving) {
            members.update(new StoredClusterMember(member.id(), toClusterId, member.submissionId(), false, false));
        }
        clusterings.markCurated(clusteringId, LocalDateTime.now(clock));
        return new Result.Moved(CurateCluster.view(target.get(), members));
    }
}
