package nl.inbreng.areas;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The host name each gemeente's portal answers on (ADR 0170). Kept beside {@link Gemeente} rather than in it, so that
 * the many places that build a gemeente by position need not change.
 */
@Singleton
public class GemeenteHosts {

    /** The transaction's connection, for a change made together with the gemeente itself. */
    private final DataSource inTransaction;
    /** Its own connection, for the portal's look-up on every request, which runs outside any transaction. */
    private final DataSource committed;

    GemeenteHosts(DataSource dataSource) {
        this.inTransaction = dataSource;
        this.committed = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Optional<Long> gemeenteOf(String host) {
        return one("SELECT id FROM gemeente WHERE host = ?", host.toLowerCase(Locale.ROOT)).map(Long::valueOf);
    }

    public Optional<String> hostOf(long gemeenteId) {
        return one("SELECT host FROM gemeente WHERE id = ?", gemeenteId);
    }

    public void set(long gemeenteId, @Nullable String host) {
        try (Connection connection = inTransaction.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE gemeente SET host = ? WHERE id = ?")) {
            statement.setString(1, host);
            statement.setLong(2, gemeenteId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a gemeente's host name failed", e);
        }
    }

    private Optional<String> one(String sql, Object parameter) {
        try (Connection connection = committed.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a gemeente's host name failed", e);
        }
    }
}
