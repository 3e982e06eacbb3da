package nl.inbreng.areas;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Host names known from the last read. Every public request asks, often from inside its own transaction; a read
     * of its own per request would take a second pooled connection while holding the first, and a burst of requests
     * as large as the pool then waits for ever (seen in the fault run: 10 of 10 held, 64 waiting). So the requests
     * read memory, and a scheduled read (with no other connection held) keeps it fresh for other replicas' changes.
     */
    private volatile Map<String, Long> gemeenteByHost = Map.of();

    public Optional<Long> gemeenteOf(String host) {
        return Optional.ofNullable(gemeenteByHost.get(host.toLowerCase(Locale.ROOT)));
    }

    /** Read once before the server takes its first request, so no request ever reads the table itself. */
    @EventListener
    void onStartup(StartupEvent event) {
        refresh();
    }

    @Scheduled(fixedDelay = "10s", initialDelay = "10s")
    void refresh() {
        try {
            reload();
        } catch (IllegalStateException e) {
            // the database is away for a moment: the hosts known so far keep answering
        }
    }

    private Map<String, Long> reload() {
        Map<String, Long> byHost = new HashMap<>();
        try (Connection connection = committed.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT host, id FROM gemeente WHERE host IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byHost.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the gemeenten' host names failed", e);
        }
        Map<String, Long> known = Map.copyOf(byHost);
        gemeenteByHost = known;
        return known;
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
        // This replica answers on the new name at once. Should the transaction roll back, the scheduled read puts the
        // committed names back within 10 s; reading here would not see this uncommitted change.
        Map<String, Long> known = new HashMap<>(gemeenteByHost);
        known.values().removeIf(id -> id == gemeenteId);
        if (host != null) {
            known.put(host.toLowerCase(Locale.ROOT), gemeenteId);
        }
        gemeenteByHost = Map.copyOf(known);
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
