package nl.inbreng.themes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One of the five VNG veiligheidsvelden, or the pseudo-veld 'S' holding the strategic themes. */
@MappedEntity("veiligheidsveld")
public record Veiligheidsveld(
        @Id String code,
        String name,
        @Nullable String nameEn,
        @Nullable String description,
        @Nullable String descriptionEn,
        int position) {
}
