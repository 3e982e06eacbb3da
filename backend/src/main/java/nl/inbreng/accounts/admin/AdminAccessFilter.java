package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.RouteAttributes;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.AllowedRoles;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.common.Problem;
import nl.inbreng.common.Tokens;

import java.util.Optional;
import java.util.Set;

/**
 * Guards every /api/admin/** route in one place: 401 without a valid session, 403 without the CSRF header on a
 * state-changing call, 403 without one of the roles the controller declares with {@link RequiresRole}.
 */
@ServerFilter("/api/admin/**")
class AdminAccessFilter {

    static final String PRINCIPAL_ATTRIBUTE = "inbreng.admin.principal";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final AdminSessions sessions;
    private final SecurityAudit audit;

    AdminAccessFilter(AdminSessions sessions, SecurityAudit audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> guard(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.POST && request.getPath().equals("/api/admin/login")) {
            return null;
        }
        Optional<AdminPrincipal> principal = request.getCookies().findCookie(AdminAuthController.COOKIE)
                .map(Cookie::getValue)
                .filter(token -> !token.isBlank())
                .flatMap(sessions::resolve);
        if (principal.isEmpty()) {
            audit.refused(null, null, request.getMethodName(), request.getPath(), 401);
            return refuse(401, "U bent niet ingelogd", "Log in om verder te gaan.");
        }
        if (STATE_CHANGING.contains(request.getMethod())
                && !Tokens.sameSecret(principal.get().csrfToken(), request.getHeaders().get(CSRF_HEADER))) {
            audit.refused(principal.get().userId(), principal.get().username(), request.getMethodName(), request.getPath(), 403);
            return refuse(403, "Deze handeling is geweigerd",
                    "Het beveiligingskenmerk ontbreekt of klopt niet. Laad de pagina opnieuw en probeer het nog eens.");
        }
        if (!allowed(request, principal.get())) {
            audit.refused(principal.get().userId(), principal.get().username(), request.getMethodName(), request.getPath(), 403);
            return refuse(403, "U heeft hier geen toegang toe", "Uw rol geeft geen toegang tot dit onderdeel.");
        }
        request.setAttribute(PRINCIPAL_ATTRIBUTE, principal.get());
        return null;
    }

    private static boolean allowed(HttpRequest<?> request, AdminPrincipal principal) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request).map(match -> (RouteMatch<?>) match);
        if (route.isEmpty()) {
            return true; // no route: the router answers 404 itself
        }
        // Fail closed: a route that does not say who may use it is refused to everybody.
        return AllowedRoles.of(route.get().getRouteInfo().getAnnotationMetadata())
                .map(roles -> roles.stream().anyMatch(principal::has))
                .orElse(false);
    }

    private static MutableHttpResponse<Problem> refuse(int status, String title, String detail) {
        return HttpResponse.<Problem>status(io.micronaut.http.HttpStatus.valueOf(status))
                .body(Problem.of(status, title, detail))
                .contentType(Problem.MEDIA_TYPE);
    }
}
