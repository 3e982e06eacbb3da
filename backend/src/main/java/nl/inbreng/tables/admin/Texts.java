package nl.inbreng.tables.admin;

import io.micronaut.core.annotation.Nullable;

/** Trims form text; blank counts as not filled in. */
final class Texts {

    private Texts() {
    }

    @Nullable
    static String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
