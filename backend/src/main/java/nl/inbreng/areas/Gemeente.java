package nl.inbreng.areas;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A municipality; one installation may serve several that write a joint plan. */
@MappedEntity("gemeente")
public record Gemeente(@Id @GeneratedValue @Nullable Long id, String code, String name, @Nullable Integer population) {
}
