package nl.inbreng.areas;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A wijk, kern, bedrijventerrein or buitengebied of a gemeente. */
@MappedEntity("area")
public record Area(
        @Id @GeneratedValue @Nullable Long id,
        Long gemeenteId,
        String code,
        String name,
        AreaKind kind,
        @Nullable Integer population,
        int position) {

    public enum AreaKind { WIJK, BUURT, KERN, BEDRIJVENTERREIN, BUITENGEBIED }
}
