package nl.inbreng.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The one answer to "which gemeenten may the current request see" (ADR 0170), for every admin read, search, facet,
 * export, clustering, report, dashboard and audit view. An admin request carries its account's scope from the access
 * filter; an admin request without one sees nothing (fail closed). Work outside an admin request (the public portal,
 * which picks its gemeente itself, and background jobs) is not limited by an account.
 */
@Singleton
public class VisibleGemeenten {

    private static final String ADMIN_PATH = "/api/admin";

    public GemeenteScope current() {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        if (request.isEmpty()) {
            return GemeenteScope.WHOLE_INSTALLATION;
        }
        Optional<AdminPrincipal> principal = request.get().getAttribute(AdminPrincipal.REQUEST_ATTRIBUTE, AdminPrincipal.class);
        if (principal.isPresent()) {
            return principal.get().gemeenten();
        }
        return request.get().getPath().startsWith(ADMIN_PATH) ? GemeenteScope.NOTHING : GemeenteScope.WHOLE_INSTALLATION;
    }

    /** The scope as an SQL condition on a gemeente id column (see {@link GemeenteScope#sql}). */
    public String sql(String column) {
        return current().sql(column);
    }
}
