package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One place in an organisation's top three themes. */
@MappedEntity("organisation_advice_priority")
public record OrganisationAdvicePriority(@Id @GeneratedValue @Nullable Long id, Long adviceId, int rankPosition,
                                         String themaCode) {
}
