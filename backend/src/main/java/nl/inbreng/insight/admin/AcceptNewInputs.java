package nl.inbreng.insight.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The analyst agrees with where new inputs landed: their "new" flag is cleared, their cluster stays. */
@Singleton
class AcceptNewInputs {

    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final Clock clock;

    AcceptNewInputs(StoredClusteringRepository clusterings, StoredClusterRepository clusters,
                    StoredClusterMemberRepository members, Clock clock) {
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.clock = clock;
    }

    sealed interface Result {
        record Accepted(int accepted) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result accept(long clusteringId, List<Long> submissionIds) {
        if (submissionIds == null || submissionIds.isEmpty()) {
            throw new InvalidInputException("submissionIds", "Kies de nieuwe inbreng die u wilt goedkeuren.");
        }
        if (clusterings.findById(clusteringId).isEmpty()) {
            return new Result.NotFound();
        }
        List<Long> clusterIds = clusters.findByClusteringIdOrderByPosition(clusteringId).stream().map(StoredCluster::id).toList();
        List<StoredClusterMember> found = clusterIds.isEmpty() ? List.of()
                : members.findByClusterIdInAndSubmissionIdIn(clusterIds, submissionIds);
        if (found.size() != submissionIds.stream().distinct().count()) {
            throw new InvalidInputException("submissionIds", "Niet alle gekozen inbreng hoort bij deze indeling.");
        }
        for (StoredClusterMember member : found) {
            if (member.isNew()) {
                members.update(new StoredClusterMember(member.id(), member.clusterId(), member.submissionId(),
                        member.representative(), false));
            }
        }
        clusterings.markCurated(clusteringId, LocalDateTime.now(clock));
        return new Result.Accepted(found.size());
    }
}
