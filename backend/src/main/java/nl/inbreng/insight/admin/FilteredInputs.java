package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.CountedInputs;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inputs a filter selects, with the facts the breakdowns need. Plain JDBC because the WHERE clause is
 * built from optional filters; withdrawn, hidden and spam inputs never take part.
 */
@Singleton
class FilteredInputs {

    /** One input with the text to cluster and its channel, area code and respondent type. */
    record Row(long id, String text, String channel, @Nullable String area, String respondentType) {
    }

    /** Members of stored clusters with their inputs; the caller adds the WHERE clause. */
    private static final String MEMBERS = "SELECT s.id, s.problem, s.solution, s.channel, a.code, s.respondent_type "
            + "FROM clustering_member m JOIN clustering_cluster k ON k.id = m.cluster_id "
            + "JOIN submission s ON s.id = m.submission_id LEFT JOIN area a ON a.id = s.area_id ";

    private final DataSource dataSource;

    FilteredInputs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    List<Row> find(ClusteringFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.problem, s.solution, s.channel, a.code, s.respondent_type "
                + "FROM submission s LEFT JOIN area a ON a.id = s.area_id "
                + "WHERE " + CountedInputs.CONTENT.sql("s"));
        List<Object> parameters = new ArrayList<>();
        if (filter.theme() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM submission_theme t WHERE t.submission_id = s.id AND t.thema_code = ?)");
            parameters.add(filter.theme());
        }
        if (filter.channel() != null) {
            sql.append(" AND s.channel = ?");
            parameters.add(filter.channel());
        }
        if (filter.area() != null) {
            sql.append(" AND a.code = ?");
            parameters.add(filter.area());
        }
        if (filter.round() != null) {
            sql.append(" AND s.round_id = ?");
            parameters.add(filter.round());
        }
        Long importNumber = filter.importNumber();
        if (importNumber != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM import_submission i WHERE i.submission_id = s.id AND i.import_id = ?)");
            parameters.add(importNumber);
        }
        sql.append(" ORDER BY s.id");
        return query(sql.toString(), parameters);
    }

    /**
     * The inputs of a stored clustering whatever their status now: a cluster may hold an input that was hidden or
     * withdrawn after it was clustered, and curation must still be able to show and move it. A join rather than an
     * id list, because a clustering can hold more inputs than a statement takes parameters.
     */
    @Transactional(readOnly = true)
    List<Row> ofClustering(long clusteringId) {
        return query(MEMBERS + "WHERE k.clustering_id = ? ORDER BY s.id", List.of(clusteringId));
    }

    /** The inputs of one stored cluster, whatever their status now. */
    @Transactional(readOnly = true)
    List<Row> ofCluster(long clusterId) {
        return query(MEMBERS + "WHERE m.cluster_id = ? ORDER BY s.id", List.of(clusterId));
    }

    private List<Row> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String problem = result.getString(2) == null ? "" : result.getString(2);
                    String solution = result.getString(3);
                    String text = solution == null ? problem : problem + "\n" + solution;
                    rows.add(new Row(result.getLong(1), text, result.getString(4), result.getString(5),
                            result.getString(6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading inputs for clustering failed", e);
        }
    }
}
