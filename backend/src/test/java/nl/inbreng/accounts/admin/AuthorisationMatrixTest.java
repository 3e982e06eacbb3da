package nl.inbreng.accounts.admin;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AllowedRoles;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every /api/admin/** route the router knows, found at run time so that new routes are covered without editing this
 * test: 401 without a session, 403 for a role the route does not allow, 403 for a state-changing call without the
 * CSRF header.
 */
class AuthorisationMatrixTest extends RealDatabaseTest {

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    Router router;

    final Map<Role, AdminLogin.Session> sessions = new EnumMap<>(Role.class);

    @BeforeAll
    void logInOnePerRole() {
        for (Role role : Role.values()) {
            sessions.put(role, adminLogin.signInAs(role));
        }
    }

    @Test
    void everyAdminRouteRefusesStrangersWrongRolesAndMissingCsrfHeaders() {
        List<String> wrong = new ArrayList<>();
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/admin"))
                .filter(route -> !route.getUriMatchTemplate().toString().equals("/api/admin/login"))
                .<UriRouteInfo<?, ?>>map(route -> route)
                .toList();
        assertFalse(routes.isEmpty());
        for (UriRouteInfo<?, ?> route : routes) {
            HttpMethod method = route.getHttpMethod();
            // Query-parameter parts ({?q,theme}) go; every path variable ({id}, {+path}) becomes "1".
            String path = route.getUriMatchTemplate().toString()
                    .replaceAll("\\{[?&][^}]*}", "")
                    .replaceAll("\\{[^}]*}", "1");
            String name = method + " " + route.getUriMatchTemplate();

            expect(wrong, name + " without session", HttpStatus.UNAUTHORIZED, status(request(method, path)));

            Set<Role> allowedSet = AllowedRoles.of(route.getAnnotationMetadata()).orElse(Set.of());
            for (Role role : Role.values()) {
                if (!allowedSet.contains(role)) {
                    expect(wrong, name + " as " + role, HttpStatus.FORBIDDEN,
                            status(sessions.get(role).authorize(request(method, path))));
                }
            }
            if (STATE_CHANGING.contains(method) && !allowedSet.isEmpty()) {
                Role permitted = allowedSet.iterator().next();
                expect(wrong, name + " without CSRF header", HttpStatus.FORBIDDEN,
                        status(sessions.get(permitted).withoutCsrf(request(method, path))));
            }
        }
        assertTrue(wrong.isEmpty(), () -> "Routes that answer wrongly:\n" + String.join("\n", wrong));
    }

    private static void expect(List<String> wrong, String what, HttpStatus expected, HttpStatus actual) {
        if (expected != actual) {
            wrong.add(what + ": expected " + expected.getCode() + ", got " + actual.getCode());
        }
    }

    private static MutableHttpRequest<?> request(HttpMethod method, String path) {
        return STATE_CHANGING.contains(method) ? HttpRequest.create(method, path).body("{}") : HttpRequest.create(method, path);
    }

    private HttpStatus status(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).status();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }
}
