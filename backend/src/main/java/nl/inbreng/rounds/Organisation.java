package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** An organisation that speaks for a constituency: a wijkraad, an entrepreneurs' association, a school… */
@MappedEntity("organisation")
public record Organisation(@Id @GeneratedValue @Nullable Long id, @Nullable Long gemeenteId, String name, Kind kind,
                           @Nullable String contactName, @Nullable String contactEmail, LocalDateTime createdAt) {

    /** What sort of organisation it is. */
    public enum Kind { WIJKRAAD, ONDERNEMERSVERENIGING, BEDRIJVENPARK, SCHOOL, POLITIE, ZORG_EN_WELZIJN, ANDERS }
}
