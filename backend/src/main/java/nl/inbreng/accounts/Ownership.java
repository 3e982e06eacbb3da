package nl.inbreng.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Whether the current request may reach a thing by its id (ADR 0170). Used by the access filter for every
 * {@code {id}} in an admin path, and by use cases for ids that arrive in a body (a merge target, a round to import
 * into). A thing of another gemeente is treated as absent, so ids leak nothing.
 */
@Singleton
public class Ownership {

    private final DataSource dataSource;
    private final VisibleGemeenten visible;

    Ownership(DataSource dataSource, VisibleGemeenten visible) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.visible = visible;
    }

    /**
     * True when all the thing's gemeenten are in scope. For an account of some gemeenten a thing that does not exist
     * is not reachable either, so the 404 for B's id and for a free id are the same (ADR 0170); the whole installation
     * is not checked, and the use case answers its own 404.
     */
    public boolean reachable(Owner owner, long id) {
        return reachable(owner, id, visible.current());
    }

    /** Throws {@link OutOfScope} (answered as 404) when any of the ids is of a gemeente the request does not see. */
    public void require(Owner owner, Collection<Long> ids) {
        GemeenteScope scope = visible.current();
        for (Long id : ids) {
            if (id != null && !reachable(owner, id, scope)) {
                throw new OutOfScope(owner);
            }
        }
    }

    public void require(Owner owner, @Nullable Long id) {
        if (id != null) {
            require(owner, List.of(id));
        }
    }

    public boolean reachable(Owner owner, long id, GemeenteScope scope) {
        if (scope.wholeInstallation()) {
            return true;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement exists = connection.prepareStatement(owner.existsSql());
             PreparedStatement statement = connection.prepareStatement(owner.gemeentenSql())) {
            exists.setLong(1, id);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    return false;
                }
            }
            for (int i = 1; i <= owner.parameters(); i++) {
                statement.setLong(i, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long gemeente = rows.getLong(1);
                    if (!scope.sees(rows.wasNull() ? null : gemeente)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading whose " + owner + " this is failed", e);
        }
    }
}
