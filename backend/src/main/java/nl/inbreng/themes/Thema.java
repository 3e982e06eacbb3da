package nl.inbreng.themes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A safety theme: a VNG thema ("3.1"), a strategic theme ("S.1"), or a local or imported one. */
@MappedEntity("thema")
public record Thema(
        @Id String code,
        @Nullable String veldCode,
        String name,
        @Nullable String nameEn,
        @Nullable String description,
        @Nullable String descriptionEn,
        @Nullable String exampleWords,
        ThemaKind kind,
        int position,
        boolean active) {

    /** Where a theme came from; only VNG and strategic themes have a fixed veld. */
    public enum ThemaKind { VNG, STRATEGISCH, LOKAAL, IMPORT }
}
