package nl.inbreng.accounts;

import java.util.Set;

/**
 * The signed-in admin user of the current request; controllers take it as a parameter. {@code gemeenten} is the
 * account's scope, resolved with the session (ADR 0170).
 */
public record AdminPrincipal(long userId, String username, Set<Role> roles, String csrfToken, GemeenteScope gemeenten) {

    /** The request attribute that carries the principal of a guarded admin request. */
    public static final String REQUEST_ATTRIBUTE = "inbreng.admin.principal";

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
