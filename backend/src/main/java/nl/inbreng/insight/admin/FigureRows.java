package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Reads the rows of an aggregate query for the insight figures as strings. The dashboard and the prioritisation
 * count with plain SQL (GROUP BY over several tables), optionally narrowed to one round by the only parameter.
 */
final class FigureRows {

    private FigureRows() {
    }

    /** Hands each row to {@code consumer}; {@code round}, when given, fills the query's single placeholder. */
    static void read(DataSource dataSource, String sql, @Nullable Long round, Consumer<String[]> consumer, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (round != null) {
                statement.setLong(1, round);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + what + " failed", e);
        }
    }
}
