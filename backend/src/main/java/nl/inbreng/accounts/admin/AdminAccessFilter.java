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
import nl.inbreng.accounts.DeclaredOwner;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.Ownership;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.common.Problem;
import nl.inbreng.common.Tokens;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;

/**
 * Guards every /api/admin/** route in one place: 401 without a valid session, 403 without the CSRF header on a
 * state-changing call, 403 without one of the roles the controller declares with {@link RequiresRole}, and 404 when
 * the {@code {id}} in the path, or a round or clustering named in the query, belongs to a gemeente the account does
 * not see ({@link OwnedBy}, {@link Owner#QUERY_PARAMETERS}, ADR 0170).
 */
@ServerFilter("/api/admin/**")
class AdminAccessFilter {

    static final String PRINCIPAL_ATTRIBUTE = AdminPrincipal.REQUEST_ATTRIBUTE;
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccessFilter.class);
    private static final String ID_VARIABLE = "id";

    private final AdminSessions sessions;
    private final SecurityAudit audit;
    private final Ownership ownership;

    AdminAccessFilter(AdminSessions sessions, SecurityAudit audit, Ownership ownership) {
        this.sessions = sessions;
        this.audit = audit;
        this.ownership = ownership;
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
        return reachable(request, principal.get());
    }

    /**
     * A thing of a gemeente the account does not see answers exactly as a thing that does not exist, so that ids tell
     * nothing about other gemeenten. Nested ids ({@code clusterId}, {@code registrationId}) are checked by their use
     * cases against the {@code id} they sit under.
     */
    private @Nullable MutableHttpResponse<?> reachable(HttpRequest<?> request, AdminPrincipal principal) {
        for (var parameter : Owner.QUERY_PARAMETERS.entrySet()) {
            for (String value : request.getParameters().getAll(parameter.getKey())) {
                for (String part : value.split(",")) {
                    Long id = number(part);
                    if (id != null && !ownership.reachable(parameter.getValue(), id, principal.gemeenten())) {
                        return notFound();
                    }
                }
            }
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request).map(match -> (RouteMatch<?>) match);
        if (route.isEmpty() || !route.get().getVariableValues().containsKey(ID_VARIABLE)) {
            return null;
        }
        Optional<Owner> owner = DeclaredOwner.of(route.get().getRouteInfo().getAnnotationMetadata());
        if (owner.isEmpty()) {
            LOG.error("Admin route {} has an id but no @OwnedBy; refused", request.getPath());
            return refuse(403, "U heeft hier geen toegang toe", "Dit onderdeel zegt niet bij welke gemeente het hoort.");
        }
        Long id = number(String.valueOf(route.get().getVariableValues().get(ID_VARIABLE)));
        if (id == null || ownership.reachable(owner.get(), id, principal.gemeenten())) {
            return null; // not a number: the route's own binding answers 400
        }
        return notFound();
    }

    private static @Nullable Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static MutableHttpResponse<Problem> notFound() {
        return refuse(404, "Niet gevonden", "Misschien is het nummer verkeerd of is het verwijderd.");
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
