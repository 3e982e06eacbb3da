package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.clustering.ClusterInput;
import nl.inbreng.clustering.ClusterSplit;
import nl.inbreng.clustering.SummarySentence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Splits a cluster of a stored clustering: the inputs the analyst picked (or, without a pick, the second group the
 * clusterer finds in just this cluster's inputs) become a new cluster with a generated label that can be renamed.
 * The cluster that stays keeps its (perhaps curated) label and pin, but gets a fresh summary and representatives
 * because the old ones may quote inputs that left.
 */
@Singleton
class SplitCluster {

    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredSummarySentenceRepository sentences;
    private final FilteredInputs inputs;
    private final CreateClustering create;
    private final Clock clock;

    SplitCluster(StoredClusteringRepository clusterings, StoredClusterRepository clusters,
                 StoredClusterMemberRepository members, StoredSummarySentenceRepository sentences,
                 FilteredInputs inputs, CreateClustering create, Clock clock) {
        this.create = create;
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.sentences = sentences;
        this.inputs = inputs;
        this.clock = clock;
    }

    sealed interface Result {
        /** The new cluster and the one it came from, both as they are now. */
        record Split(CuratedCluster created, CuratedCluster remaining) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    @Transactional
    Result split(long clusteringId, long clusterId, @Nullable List<Long> submissionIds, @Nullable String label) {
        if (label != null && (label.isBlank() || label.strip().length() > CurateCluster.MAX_LABEL)) {
            throw new InvalidInputException("label", "Geef de groep een naam van 1 tot " + CurateCluster.MAX_LABEL + " tekens.");
        }
        Optional<StoredClustering> clustering = clusterings.findByIdForUpdate(clusteringId);
        Optional<StoredCluster> found = clusters.findByIdAndClusteringId(clusterId, clusteringId);
        if (clustering.isEmpty() || found.isEmpty()) {
            return new Result.NotFound();
        }
        StoredCluster source = found.get();
        List<StoredClusterMember> current = members.findByClusterIdOrderBySubmissionId(source.id());
        if (current.size() < 2) {
            throw new InvalidInputException("submissionIds", "Een groep met één inbreng kunt u niet splitsen.");
        }
        Map<Long, StoredClusterMember> bySubmission = current.stream()
                .collect(Collectors.toMap(StoredClusterMember::submissionId, Function.identity()));
        List<ClusterInput> texts = create.clusterInputs(inputs.ofCluster(source.id()));

        Set<Long> picked = submissionIds == null || submissionIds.isEmpty()
                ? new ClusterSplit().propose(texts, clustering.get().seed()).orElseThrow(() -> new InvalidInputException(
                        "submissionIds", "Deze groep valt niet vanzelf in twee delen uiteen. Kies zelf de inbreng voor de nieuwe groep."))
                : new HashSet<>(submissionIds);
        if (!bySubmission.keySet().containsAll(picked)) {
            throw new InvalidInputException("submissionIds", "Kies alleen inbreng uit de groep die u splitst.");
        }
        if (picked.size() >= current.size()) {
            throw new InvalidInputException("submissionIds",
                    "Laat ten minste één inbreng in de oude groep staan, of hernoem de groep in plaats van te splitsen.");
        }

        ClusterSplit.Split split = new ClusterSplit().describe(texts, picked);
        int position = clusters.findByClusteringIdOrderByPosition(clusteringId).stream()
                .mapToInt(StoredCluster::position).max().orElse(0) + 1;
        StoredCluster created = clusters.save(new StoredCluster(null, clusteringId, position,
                label == null ? split.picked().label() : label.strip(), String.join("\n", split.picked().keyPhrases()),
                false, source.themeCode(), false));
        place(created.id(), split.picked(), bySubmission);
        place(source.id(), split.rest(), bySubmission);
        sentences.deleteByClusterId(source.id());
        saveSummary(source.id(), split.rest().summary());
        saveSummary(created.id(), split.picked().summary());
        clusterings.markCurated(clusteringId, LocalDateTime.now(clock));
        return new Result.Split(CurateCluster.view(created, members), CurateCluster.view(source, members));
    }

    /** Points the part's members at the cluster; a member keeps its "new" flag, the analyst has not judged it yet. */
    private void place(long clusterId, ClusterSplit.Part part, Map<Long, StoredClusterMember> bySubmission) {
        for (long id : part.memberIds()) {
            StoredClusterMember member = bySubmission.get(id);
            members.update(new StoredClusterMember(member.id(), clusterId, id, part.representativeIds().contains(id),
                    member.isNew()));
        }
    }

    private void saveSummary(long clusterId, List<SummarySentence> summary) {
        List<StoredSummarySentence> rows = new ArrayList<>();
        for (int s = 0; s < summary.size(); s++) {
            rows.add(new StoredSummarySentence(null, clusterId, s, summary.get(s).text(),
                    summary.get(s).sourceIds().stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        sentences.saveAll(rows);
    }
}
