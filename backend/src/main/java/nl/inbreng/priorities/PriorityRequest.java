package nl.inbreng.priorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of POST /api/v1/priorities: themes in order of importance, most important first. */
@Serdeable
public record PriorityRequest(@Nullable Long roundId, @Nullable List<String> themeCodes, @Nullable String respondentType) {
}
