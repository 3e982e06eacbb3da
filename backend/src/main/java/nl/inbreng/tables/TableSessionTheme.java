package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A theme a thematafel talks about. */
@MappedEntity("table_session_theme")
public record TableSessionTheme(@Id @GeneratedValue @Nullable Long id, Long sessionId, String themaCode) {
}
