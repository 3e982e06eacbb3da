package nl.inbreng.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads submissions in the shape the index needs, straight over JDBC: one query for the rows and one for their
 * themes per batch, because the worker runs outside any request transaction and must see committed data only.
 */
@Singleton
class SubmissionSource {

    private final DataSource dataSource;
    /** Withdrawn inputs have no text left and must not be findable (IndexScope says which inputs those are). */
    private final String indexable;

    SubmissionSource(DataSource dataSource, IndexScope scope) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.indexable = scope.indexableSql("s");
    }

    /** The indexable submissions among the ids; ids missing from the answer must leave the index. */
    Map<Long, IndexedSubmission> load(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, List<String[]>> themes = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT st.submission_id, st.thema_code, t.veld_code FROM submission_theme st "
                            + "JOIN thema t ON t.code = st.thema_code WHERE st.submission_id IN (" + in + ") "
                            + "ORDER BY st.submission_id, st.is_primary DESC, st.id")) {
                bind(statement, ids);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        themes.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                                .add(new String[]{rows.getString(2), rows.getString(3)});
                    }
                }
            }
            Map<Long, IndexedSubmission> found = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT s.id, s.problem, s.solution, s.channel, a.code, s.round_id, s.respondent_type, s.status, "
                            + "s.theme_unsure, s.created_at, (SELECT COUNT(*) FROM submission d WHERE d.duplicate_of = s.id "
                            + "AND d.status = 'SAMENGEVOEGD'), s.gemeente_id FROM submission s LEFT JOIN area a ON a.id = s.area_id "
                            + "WHERE " + indexable + " AND s.id IN (" + in + ")")) {
                bind(statement, ids);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        List<String[]> tagged = themes.getOrDefault(id, List.of());
                        long roundValue = rows.getLong(6);
                        Long round = rows.wasNull() ? null : roundValue;
                        long gemeenteValue = rows.getLong(12);
                        Long gemeente = rows.wasNull() ? null : gemeenteValue;
                        found.put(id, new IndexedSubmission(id, rows.getString(2), rows.getString(3),
                                tagged.stream().map(t -> t[0]).toList(),
                                tagged.stream().map(t -> t[1]).filter(v -> v != null).distinct().toList(),
                                rows.getString(4), rows.getString(5), round,
                                rows.getString(7), rows.getString(8), rows.getBoolean(9),
                                rows.getTimestamp(10).toLocalDateTime(), rows.getInt(11), gemeente));
                    }
                }
            }
            return found;
        }
    }

    /** The next indexable ids after the given one, for a rebuild in batches. */
    List<Long> idsAfter(long afterId, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT s.id FROM submission s WHERE " + indexable + " AND s.id > ? ORDER BY s.id LIMIT ?")) {
            statement.setLong(1, afterId);
            statement.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    long countIndexable() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM submission s WHERE " + indexable);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void bind(PreparedStatement statement, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (Long id : ids) {
            statement.setLong(i++, id);
        }
    }
}
