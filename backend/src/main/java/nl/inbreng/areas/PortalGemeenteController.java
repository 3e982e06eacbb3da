package nl.inbreng.areas;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import nl.inbreng.common.Problem;

import java.net.URI;
import java.util.Locale;

/**
 * GET /g/{code}: the trial path to one gemeente's portal before its host name is set up (ADR 0170). It remembers the
 * gemeente for this browser session and opens the portal, which from then on shows that gemeente's rounds, areas,
 * name and look.
 */
@Controller("/g")
class PortalGemeenteController {

    private final GemeenteRepository gemeenten;

    PortalGemeenteController(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Get("/{code}")
    HttpResponse<?> open(@PathVariable String code) {
        return gemeenten.findByCode(code.strip().toLowerCase(Locale.ROOT))
                .<HttpResponse<?>>map(gemeente -> HttpResponse.seeOther(URI.create("/"))
                        .cookie(Cookie.of(PortalGemeente.COOKIE, gemeente.code()).path("/").httpOnly(true)
                                .sameSite(SameSite.Lax)))
                .orElseGet(() -> HttpResponse.notFound(Problem.of(404, "Deze gemeente bestaat niet",
                        "Controleer het adres.")).contentType(Problem.MEDIA_TYPE));
    }
}
