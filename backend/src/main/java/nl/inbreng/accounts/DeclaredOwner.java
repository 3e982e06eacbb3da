package nl.inbreng.accounts;

import io.micronaut.core.annotation.AnnotationMetadata;

import java.util.Optional;

/** Reads a route's {@link OwnedBy}; a method's own declaration replaces its controller's (as {@link AllowedRoles}). */
public final class DeclaredOwner {

    private DeclaredOwner() {
    }

    public static Optional<Owner> of(AnnotationMetadata route) {
        AnnotationMetadata own = route.getDeclaredMetadata();
        AnnotationMetadata source = own.hasDeclaredAnnotation(OwnedBy.class) ? own : route;
        return source.enumValue(OwnedBy.class, Owner.class);
    }
}
