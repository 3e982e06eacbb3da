package nl.inbreng.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's own look at the database, on this run's schema ({@link TestDatabase}): one connection per call, the
 * parameters bound in order. For checking what the application stored, not for setting it up where a builder or
 * the API can.
 */
public final class Sql {

    private Sql() {
    }

    /** The first column of every row, as text (null stays null). */
    public static List<String> column(String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows(sql, parameters)) {
            values.add(row.get(0));
        }
        return values;
    }

    /** Every row, each as its columns' text. */
    public static List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The one value the query answers; fails when it answers no row or several. */
    public static String text(String sql, Object... parameters) throws SQLException {
        List<String> values = column(sql, parameters);
        if (values.size() != 1) {
            throw new AssertionError("expected one row, found " + values.size() + ": " + sql);
        }
        return values.get(0);
    }

    /** The one number the query answers, such as a COUNT(*). */
    public static long number(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    /** Runs an INSERT, UPDATE or DELETE; answers the rows it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Runs a statement without parameters, such as a CREATE TABLE. */
    public static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
