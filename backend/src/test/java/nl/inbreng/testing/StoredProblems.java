package nl.inbreng.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** How often each problem text ending in a test's marker word was stored, read on the test's own connection. */
public final class StoredProblems {

    private StoredProblems() {
    }

    public static Map<String, Integer> countsEndingWith(Connection connection, String word) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT problem, COUNT(*) FROM submission WHERE problem LIKE ? GROUP BY problem")) {
            query.setString(1, "%" + word);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }
}
