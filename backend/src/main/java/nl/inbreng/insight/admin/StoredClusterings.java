package nl.inbreng.insight.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.accounts.GemeenteScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads stored clusterings back: the list (newest first) and one clustering with its curation state. */
@Singleton
class StoredClusterings {

    static final int LIST_LIMIT = 100;
    static final int EXCERPT = 140;

    private final StoredClusteringRepository clusterings;
    private final StoredClusterRepository clusters;
    private final StoredClusterMemberRepository members;
    private final StoredSummarySentenceRepository sentences;
    private final FilteredInputs inputs;
    private final DataSource dataSource;
    private final VisibleGemeenten visible;

    StoredClusterings(StoredClusteringRepository clusterings, StoredClusterRepository clusters,
                      StoredClusterMemberRepository members, StoredSummarySentenceRepository sentences,
                      FilteredInputs inputs, DataSource dataSource, VisibleGemeenten visible) {
        this.visible = visible;
        this.clusterings = clusterings;
        this.clusters = clusters;
        this.members = members;
        this.sentences = sentences;
        this.inputs = inputs;
        this.dataSource = dataSource;
    }

    /**
     * The clusterings whose inputs, round and area all lie within the account's gemeenten: the list form of
     * {@link nl.inbreng.accounts.Owner#CLUSTERING}, which guards the same clusterings by id (ADR 0170).
     */
    private String visibleClusterings() {
        GemeenteScope scope = visible.current();
        return "NOT EXISTS (SELECT 1 FROM clustering_cluster k JOIN clustering_member m ON m.cluster_id = k.id "
                + "JOIN submission s ON s.id = m.submission_id WHERE k.clustering_id = c.id AND "
                + scope.outsideSql("s.gemeente_id") + ") "
                + "AND NOT EXISTS (SELECT 1 FROM participation_round r WHERE r.id = c.filter_round AND "
                + scope.outsideSql("r.gemeente_id") + ") "
                + "AND NOT EXISTS (SELECT 1 FROM area a WHERE a.code = c.filter_area AND " + scope.outsideSql("a.gemeente_id") + ")";
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    List<StoredClusteringView.Summary> list(@Nullable Long round) {
        String sql = "SELECT c.id, c.filter_theme, c.filter_channel, c.filter_area, c.filter_round, c.filter_import, "
                + "c.created_at, c.curated_at, "
                + "(SELECT COUNT(*) FROM clustering_member m JOIN clustering_cluster k ON k.id = m.cluster_id "
                + "WHERE k.clustering_id = c.id), "
                + "(SELECT COUNT(*) FROM clustering_cluster k WHERE k.clustering_id = c.id) "
                + "FROM clustering c WHERE " + visibleClusterings() + (round == null ? "" : " AND c.filter_round = ?")
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + LIST_LIMIT;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (round != null) {
                statement.setLong(1, round);
            }
            List<StoredClusteringView.Summary> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long importId = result.getLong(6);
                    String importText = result.wasNull() ? null : String.valueOf(importId);
                    long roundId = result.getLong(5);
                    Long roundValue = result.wasNull() ? null : roundId;
                    Timestamp curated = result.getTimestamp(8);
                    rows.add(new StoredClusteringView.Summary(result.getLong(1),
                            new ClusteringFilter(result.getString(2), result.getString(3), result.getString(4),
                                    roundValue, importText),
                            result.getTimestamp(7).toLocalDateTime(), curated == null ? null : curated.toLocalDateTime(),
                            result.getInt(9), result.getInt(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Listing stored clusterings failed", e);
        }
    }

    @Transactional(readOnly = true)
    Optional<StoredClusteringView> view(long id) {
        Optional<StoredClustering> found = clusterings.findById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredClustering clustering = found.get();
        List<StoredCluster> stored = new ArrayList<>(clusters.findByClusteringIdOrderByPosition(id));
        stored.sort(Comparator.comparing(StoredCluster::overig).thenComparingInt(StoredCluster::position));
        Map<Long, List<StoredClusterMember>> byCluster = stored.isEmpty() ? Map.of()
                : members.findByClusterIdInOrderBySubmissionId(stored.stream().map(StoredCluster::id).toList()).stream()
                .collect(Collectors.groupingBy(StoredClusterMember::clusterId));
        Set<Long> memberIds = byCluster.values().stream().flatMap(List::stream)
                .map(StoredClusterMember::submissionId).collect(Collectors.toSet());
        Map<Long, FilteredInputs.Row> rows = inputs.ofClustering(id).stream()
                .collect(Collectors.toMap(FilteredInputs.Row::id, Function.identity()));
        int unassigned = (int) inputs.find(clustering.filter()).stream().filter(row -> !memberIds.contains(row.id())).count();

        List<StoredClusteringView.Cluster> views = new ArrayList<>();
        for (StoredCluster cluster : stored) {
            List<StoredClusterMember> own = byCluster.getOrDefault(cluster.id(), List.of());
            List<StoredSummarySentence> summary = sentences.findByClusterIdOrderByPosition(cluster.id());
            List<FilteredInputs.Row> ownRows = own.stream().map(member -> rows.get(member.submissionId()))
                    .filter(java.util.Objects::nonNull).toList();
            views.add(new StoredClusteringView.Cluster(cluster.id(), cluster.label(), own.size(),
                    summary.stream().map(StoredSummarySentence::sentence).collect(Collectors.joining(" ")),
                    summary.stream().map(s -> new ClusteringView.SentenceView(s.sentence(), ids(s.sourceIds()))).toList(),
                    cluster.keyPhrases() == null || cluster.keyPhrases().isBlank() ? List.of()
                            : List.of(cluster.keyPhrases().split("\n")),
                    own.stream().map(StoredClusterMember::submissionId).toList(),
                    own.stream().filter(StoredClusterMember::representative).map(StoredClusterMember::submissionId).toList(),
                    cluster.overig(), cluster.themeCode(), breakdown(ownRows), cluster.pinned(),
                    own.stream().filter(StoredClusterMember::isNew).map(StoredClusterMember::submissionId).toList(),
                    own.stream().map(member -> new StoredClusteringView.Member(member.submissionId(),
                            excerpt(rows.get(member.submissionId())), member.isNew())).toList()));
        }
        return Optional.of(new StoredClusteringView(id, memberIds.size(), views, List.of(), clustering.filter(),
                clustering.requestedClusters(), clustering.createdAt(), clustering.curatedAt(), unassigned,
                clustering.countReason()));
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    private static String excerpt(@Nullable FilteredInputs.Row row) {
        if (row == null) {
            return "";
        }
        String flat = row.text().replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).strip() + "…";
    }

    private static ClusteringView.Breakdown breakdown(List<FilteredInputs.Row> rows) {
        return new ClusteringView.Breakdown(count(rows, FilteredInputs.Row::channel),
                count(rows, row -> row.area() == null ? "onbekend" : row.area()),
                count(rows, FilteredInputs.Row::respondentType));
    }

    private static Map<String, Integer> count(List<FilteredInputs.Row> rows, Function<FilteredInputs.Row, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(key.apply(row), 1, Integer::sum));
        return counts;
    }
}
