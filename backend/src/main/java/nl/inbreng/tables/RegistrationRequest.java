package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a person fills in to take a seat at a thematafel. */
@Serdeable
record RegistrationRequest(@Nullable String name, @Nullable String organisation, @Nullable String email,
                           @Nullable String accessNeeds) {
}
