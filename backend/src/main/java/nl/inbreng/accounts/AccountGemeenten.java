package nl.inbreng.accounts;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and writes which gemeenten an admin account belongs to (ADR 0170). */
@Singleton
public class AccountGemeenten {

    private final AdminUserGemeenteRepository rows;

    AccountGemeenten(AdminUserGemeenteRepository rows) {
        this.rows = rows;
    }

    /**
     * The account's scope. An account that belongs to every gemeente there is sees the whole installation, so an
     * installation with one gemeente behaves as before tenancy; a gemeente added later narrows it again. Such a scope
     * keeps its gemeenten, so that what the account makes (a round, a stall day) still belongs to one of them and
     * stays the account's when the second gemeente arrives.
     */
    public GemeenteScope scopeOf(long userId) {
        List<AdminUserGemeente> own = rows.findByUserId(userId);
        if (own.isEmpty()) {
            return GemeenteScope.NOTHING;
        }
        List<Long> installation = rows.gemeenteIds();
        if (own.stream().anyMatch(row -> row.gemeenteId() == null)) {
            // One gemeente only: what the installation's account makes belongs to it, as every input already does.
            return installation.size() == 1 ? new GemeenteScope(true, Set.copyOf(installation))
                    : GemeenteScope.WHOLE_INSTALLATION;
        }
        Set<Long> ids = own.stream().map(AdminUserGemeente::gemeenteId).collect(Collectors.toSet());
        return ids.containsAll(installation) ? new GemeenteScope(true, ids) : GemeenteScope.of(ids);
    }

    /**
     * Replaces the account's gemeenten with the scope's: the whole installation only when the scope names no gemeente
     * (an account that sees everything because it belongs to every gemeente passes on those gemeenten, not more).
     */
    public void assign(long userId, GemeenteScope scope) {
        rows.deleteByUserId(userId);
        List<AdminUserGemeente> wanted = new ArrayList<>();
        if (scope.wholeInstallation() && scope.gemeenteIds().isEmpty()) {
            wanted.add(new AdminUserGemeente(null, userId, null));
        } else {
            scope.gemeenteIds().forEach(id -> wanted.add(new AdminUserGemeente(null, userId, id)));
        }
        rows.saveAll(wanted);
    }

    /** The scope as stored, without widening to the whole installation: what a user list shows and a form edits. */
    public GemeenteScope storedScopeOf(long userId) {
        List<AdminUserGemeente> own = rows.findByUserId(userId);
        if (own.stream().anyMatch(row -> row.gemeenteId() == null)) {
            return GemeenteScope.WHOLE_INSTALLATION;
        }
        return GemeenteScope.of(own.stream().map(AdminUserGemeente::gemeenteId).toList());
    }
}
