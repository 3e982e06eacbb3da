package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored clustering as it is now: the fields of the POST answer (see CONTRACT.md) plus its curation state, so the
 * screen can reopen it. {@code unassigned} counts inputs that match the filter but are not in any cluster yet
 * (they arrived later; "nieuwe inbreng indelen" places them). Near-duplicate groups are not stored, so that list is
 * empty here. {@code countReason} says why the clustering has the number of clusters it has.
 */
@Serdeable
record StoredClusteringView(long id, int total, List<Cluster> clusters, List<ClusteringView.DuplicateView> nearDuplicates,
                            ClusteringFilter filter, @Nullable Integer requestedClusters, LocalDateTime createdAt,
                            @Nullable LocalDateTime curatedAt, int unassigned, @Nullable String countReason) {

    /** One cluster; {@code newMemberIds} are inputs placed by "nieuwe inbreng indelen" that nobody accepted yet. */
    @Serdeable
    record Cluster(long id, String label, int size, String summary, List<ClusteringView.SentenceView> summarySentences,
                   List<String> keyPhrases, List<Long> memberIds, List<Long> representativeIds, boolean overig,
                   @Nullable String themeCode, ClusteringView.Breakdown breakdown, boolean pinned,
                   List<Long> newMemberIds, List<Member> members) {
    }

    /** An input in a cluster with the start of its text, so the analyst can pick inputs to split or move. */
    @Serdeable
    record Member(long id, String excerpt, boolean isNew) {
    }

    /** One line in the list of stored clusterings. */
    @Serdeable
    record Summary(long id, ClusteringFilter filter, LocalDateTime createdAt, @Nullable LocalDateTime curatedAt,
                   int size, int clusters) {
    }
}
