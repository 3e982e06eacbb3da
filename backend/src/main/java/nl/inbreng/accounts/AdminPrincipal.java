package nl.inbreng.accounts;

import java.util.Set;

/** The signed-in admin user of the current request; controllers take it as a parameter. */
public record AdminPrincipal(long userId, String username, Set<Role> roles, String csrfToken) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
