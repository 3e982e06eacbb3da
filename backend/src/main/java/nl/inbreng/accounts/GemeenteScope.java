package nl.inbreng.accounts;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which gemeenten' data an admin account may see (ADR 0170): the whole installation, or a set of gemeente ids. Data
 * that names no gemeente is seen only with the whole installation. A whole-installation scope may still name
 * gemeenten: those its account belongs to, where what it makes goes ({@link #homeGemeente}). Resolved with the session; every admin read asks
 * {@link VisibleGemeenten} for the scope of the current request.
 */
public record GemeenteScope(boolean wholeInstallation, Set<Long> gemeenteIds) {

    public static final GemeenteScope WHOLE_INSTALLATION = new GemeenteScope(true, Set.of());
    public static final GemeenteScope NOTHING = new GemeenteScope(false, Set.of());

    public GemeenteScope {
        gemeenteIds = Set.copyOf(new TreeSet<>(gemeenteIds));
    }

    public static GemeenteScope of(Collection<Long> gemeenteIds) {
        return new GemeenteScope(false, Set.copyOf(gemeenteIds));
    }

    /** Whether data of this gemeente (null: of none) may be shown. */
    public boolean sees(@Nullable Long gemeenteId) {
        return wholeInstallation || (gemeenteId != null && gemeenteIds.contains(gemeenteId));
    }

    /** Whether everything this account's scope covers lies within that one (an account of A does not see A+B's). */
    public boolean covers(GemeenteScope other) {
        return wholeInstallation || (!other.wholeInstallation && gemeenteIds.containsAll(other.gemeenteIds));
    }

    /**
     * The scope as an SQL condition on a gemeente id column, e.g. {@code sql("s.gemeente_id")}; ids are numbers from
     * the database, so they go into the text without quoting. Starts with no AND, never empty.
     */
    public String sql(String column) {
        if (wholeInstallation) {
            return "1 = 1";
        }
        if (gemeenteIds.isEmpty()) {
            return "1 = 0";
        }
        return column + " IN (" + gemeenteIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The opposite of {@link #sql}: rows of a gemeente out of scope, or of none (which only the whole installation
     * sees). For "nothing of it lies outside": {@code NOT EXISTS (… AND outsideSql(col))}.
     */
    public String outsideSql(String column) {
        if (wholeInstallation) {
            return "1 = 0";
        }
        return "(" + column + " IS NULL OR NOT (" + sql(column) + "))";
    }

    /**
     * The gemeente new data of this account belongs to when it names none: its first gemeente (a joint plan's account
     * puts its rounds under the first; inputs keep their own). Empty for an account of the whole installation of
     * several gemeenten, which keeps the behaviour from before tenancy.
     */
    public Optional<Long> homeGemeente() {
        return gemeenteIds.isEmpty() ? Optional.empty() : Optional.of(new TreeSet<>(gemeenteIds).first());
    }
}
