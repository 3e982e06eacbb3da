package nl.inbreng.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.PortalGemeente;
import nl.inbreng.areas.GemeenteRepository;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Which gemeente a request speaks for (ADR 0170). In the admin app: the first gemeente of the signed-in account
 * (an account of the whole installation keeps the installation's first gemeente, as before tenancy). On the portal:
 * the gemeente whose host name the request came in on, or the trial path {@code /g/<code>} chose. Otherwise, and in an installation with one gemeente: the
 * gemeente registered first, so nothing changes there.
 */
@Singleton
public class CurrentGemeente {

    private final GemeenteRepository gemeenten;
    private final PortalGemeente portal;

    CurrentGemeente(GemeenteRepository gemeenten, PortalGemeente portal) {
        this.gemeenten = gemeenten;
        this.portal = portal;
    }

    public Optional<Gemeente> get() {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        Optional<Long> chosen = request.flatMap(CurrentGemeente::ofAccount).or(() -> request.flatMap(portal::chosen));
        if (chosen.isPresent()) {
            Optional<Gemeente> gemeente = gemeenten.findById(chosen.get());
            if (gemeente.isPresent()) {
                return gemeente;
            }
        }
        return StreamSupport.stream(gemeenten.findAll().spliterator(), false)
                .min(Comparator.comparing(Gemeente::id));
    }

    private static Optional<Long> ofAccount(HttpRequest<?> request) {
        return request.getAttribute(AdminPrincipal.REQUEST_ATTRIBUTE, AdminPrincipal.class)
                .flatMap(principal -> principal.gemeenten().homeGemeente());
    }
}
