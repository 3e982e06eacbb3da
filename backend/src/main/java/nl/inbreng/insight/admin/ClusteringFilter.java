package nl.inbreng.insight.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Which inputs to cluster; every field is optional and they combine with AND. */
@Serdeable
record ClusteringFilter(@Nullable String theme, @Nullable String channel, @Nullable String area,
                        @Nullable Long round, @JsonProperty("import") @Nullable String importId) {
}
