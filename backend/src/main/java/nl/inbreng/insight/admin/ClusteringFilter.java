package nl.inbreng.insight.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.InvalidInputException;

/** Which inputs to cluster; every field is optional and they combine with AND. */
@Serdeable
record ClusteringFilter(@Nullable String theme, @Nullable String channel, @Nullable String area,
                        @Nullable Long round, @JsonProperty("import") @Nullable String importId) {

    /** The import's number (import ids are numbers, the contract sends them as text); a wrong value is a field error. */
    @Nullable
    Long importNumber() {
        if (importId == null || importId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(importId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("filter.import", "Geef het nummer van de import, bijvoorbeeld 12.");
        }
    }
}
