package nl.inbreng.accounts;

import io.micronaut.core.annotation.AnnotationMetadata;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who may call a route from its {@link RequiresRole}. A method's own declaration replaces its controller's: the
 * merged annotation metadata would add the method's roles to the class's, so a method meant to be narrower (only
 * BEHEERDER in an ANALIST controller) would silently let the wider group in.
 */
public final class AllowedRoles {

    private AllowedRoles() {
    }

    /** The roles that may call the route; empty when the route declares nothing (and is therefore refused). */
    public static Optional<Set<Role>> of(AnnotationMetadata route) {
        AnnotationMetadata own = route.getDeclaredMetadata();
        AnnotationMetadata source = own.hasDeclaredAnnotation(RequiresRole.class) ? own : route;
        if (!source.hasAnnotation(RequiresRole.class)) {
            return Optional.empty();
        }
        Role[] listed = own == source
                ? own.enumValues(RequiresRole.class, Role.class)
                : route.enumValues(RequiresRole.class, Role.class);
        // An empty list means any signed-in admin user.
        return Optional.of(listed.length == 0 ? EnumSet.allOf(Role.class) : EnumSet.of(listed[0], listed));
    }
}
