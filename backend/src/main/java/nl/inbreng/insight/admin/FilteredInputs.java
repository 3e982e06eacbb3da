package nl.inbreng.insight.admin;

import nl.inbreng.accounts.VisibleGemeenten;
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
    private final VisibleGemeenten visible;

    FilteredInputs(DataSource dataSource, VisibleGemeenten visible) {
        this.dataSource = dataSource;
        this.visible = visible;
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    List<Row> find(ClusteringFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        return query("SELECT s.id, s.problem, s.solution, s.channel, a.code, s.respondent_type "
                + "FROM submission s LEFT JOIN area a ON a.id = s.area_id " + where + " ORDER BY s.id", parameters);
    }

    /**
     * Whether the inputs of the filter carry categories of their own: at least half of those that are tagged carry a
     * theme an import created (a municipality's own category names). The themes of the taxonomy say nothing about
     * such inputs, so clustering then leaves them out.
     */
    @Transactional(readOnly = true)
    boolean carryImportedCategories(ClusteringFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        String sql = "SELECT COUNT(DISTINCT s.id), COUNT(DISTINCT CASE WHEN th.kind = 'IMPORT' THEN s.id END) "
                + "FROM submission s LEFT JOIN area a ON a.id = s.area_id "
                + "JOIN submission_theme t ON t.submission_id = s.id JOIN thema th ON th.code = t.thema_code " + where;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                long tagged = result.getLong(1);
                long imported = result.getLong(2);
                return imported > 0 && imported * 2 >= tagged;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the categories of inputs failed", e);
        }
    }

    private String where(ClusteringFilter filter, List<Object> parameters) {
        // Only the account's gemeenten take part (ADR 0170); a clustering over A and B needs an account of both.
        StringBuilder sql = new StringBuilder("WHERE " + CountedInputs.CONTENT.sql("s")
                + " AND " + visible.sql("s.gemeente_id"));
        if (filter.theme() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM submission_theme t2 WHERE t2.submission_id = s.id AND t2.thema_code = ?)");
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
        return sql.toString();
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
