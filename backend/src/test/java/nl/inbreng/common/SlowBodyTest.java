package nl.inbreng.common;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RawHttp;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body that arrives a moment after its headers is what every slow mobile connection sends. It once made a route
 * that answered 404 spin forever (Micronaut ran a status route over the same delayed body flow a second time, the
 * flow fed itself and the heap grew until the process died; docs/adr/0115-no-status-routes.md). Every state-changing
 * route the router knows is sent headers, a pause, then the body, and must answer.
 */
class SlowBodyTest extends RealDatabaseTest {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final int PAUSE_MILLIS = 300;

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    BeanContext beans;
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    AdminLogin.Session beheerder;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.rate-limit.enabled", "false");
    }

    @BeforeAll
    void logIn() {
        beheerder = adminLogin.signInAs(Role.values());
    }

    @Test
    void theThreeRoutesThatOnceHungAnswer404WhenTheBodyComesLate() {
        RawHttp http = new RawHttp(server.getPort());
        assertEquals(404, http.slowBody("POST", "/api/v1/tables/987654321/registrations", null,
                "{\"name\":\"Ans\",\"email\":\"ans@example.nl\",\"organisation\":\"Wijkraad\"}", PAUSE_MILLIS).status());
        assertEquals(404, http.slowBody("POST", "/api/v1/rounds/bestaat-niet/advice", null,
                "{\"code\":\"ONBEKEND\",\"organisationName\":\"Wijkraad\",\"items\":[]}", PAUSE_MILLIS).status());
        assertEquals(404, http.slowBody("POST", "/api/admin/rounds/987654321/invitations", beheerder,
                "{\"organisationName\":\"Wijkraad Oost\",\"kind\":\"WIJKRAAD\",\"constituency\":120}", PAUSE_MILLIS).status());
    }

    @Test
    void everyRouteThatTakesABodyAnswersWhenTheBodyComesLate() throws Exception {
        List<String[]> routes = router.uriRoutes()
                .filter(route -> WITH_BODY.contains(route.getHttpMethod()))
                .map(route -> new String[]{route.getHttpMethod().name(), examplePath(route.getUriMatchTemplate().toString())})
                .toList();
        assertFalse(routes.isEmpty());
        RawHttp http = new RawHttp(server.getPort());
        // the pauses are idle time, so a few connections at once keep the test short without loading the machine
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String[] route : routes) {
                for (String body : List.of("{}", "{\"id\":1.5,\"name\":\"x\"}")) {
                    outcomes.add(pool.submit(() -> {
                        RawHttp.Answer answer = http.slowBody(route[0], route[1], beheerder, body, PAUSE_MILLIS);
                        return answer.status() > 0 ? null : route[0] + " " + route[1] + " " + body + ": " + answer.failure();
                    }));
                }
            }
            List<String> silent = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String failure = outcome.get();
                if (failure != null) {
                    silent.add(failure);
                }
            }
            assertTrue(silent.isEmpty(), "no answer from " + silent);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noControllerDeclaresAStatusRoute() {
        // A status route (@Error(status = …), local or global) is what ran a second time over the delayed body; a
        // controller returns its own problem answer instead (docs/adr/0115-no-status-routes.md).
        List<String> statusRoutes = beans.getBeanDefinitions(Qualifiers.byStereotype(Controller.class)).stream()
                .flatMap(definition -> definition.getExecutableMethods().stream())
                .filter(method -> method.isPresent(Error.class, "status"))
                .map(method -> method.getDeclaringType().getSimpleName() + "." + method.getMethodName())
                .toList();
        assertEquals(List.of(), statusRoutes);
    }

    /** Query parts go; path variables become an id or slug that does not exist, so routes reach their 404. */
    static String examplePath(String template) {
        return template.replaceAll("\\{[?&][^}]*}", "")
                .replaceAll("\\{(id|[a-zA-Z]*Id)}", "987654321")
                .replaceAll("\\{[^}]*}", "bestaat-niet");
    }
}
