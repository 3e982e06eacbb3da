package nl.inbreng.areas;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Which gemeente the public portal serves on this request (ADR 0170): the one whose host name the request came in on,
 * else the one chosen through the trial path {@code /g/<code>} (kept in a session cookie). Empty when neither applies:
 * then the portal shows the whole installation, as an installation with one gemeente always did.
 */
@Singleton
public class PortalGemeente {

    /** The session cookie the path fallback {@code /g/<code>} sets. */
    public static final String COOKIE = "INBRENG_GEMEENTE";

    private final GemeenteHosts hosts;
    private final GemeenteRepository gemeenten;

    PortalGemeente(GemeenteHosts hosts, GemeenteRepository gemeenten) {
        this.hosts = hosts;
        this.gemeenten = gemeenten;
    }

    public Optional<Long> chosen() {
        return ServerRequestContext.currentRequest().flatMap(this::chosen);
    }

    public Optional<Long> chosen(HttpRequest<?> request) {
        return ofHost(request).or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .flatMap(code -> gemeenten.findByCode(code.strip().toLowerCase(Locale.ROOT))).map(Gemeente::id));
    }

    private Optional<Long> ofHost(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        int port = host.lastIndexOf(':');
        String name = (port > 0 && !host.endsWith("]") ? host.substring(0, port) : host).strip().toLowerCase(Locale.ROOT);
        return hosts.gemeenteOf(name);
    }
}
