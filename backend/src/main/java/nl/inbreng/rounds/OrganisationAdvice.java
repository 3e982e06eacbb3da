package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** The advice an organisation gave in a round, for a constituency of so many members or households. */
@MappedEntity("organisation_advice")
public record OrganisationAdvice(@Id @GeneratedValue @Nullable Long id, Long roundId, Long organisationId,
                                 Long invitationId, @Nullable Integer constituencySize,
                                 @Nullable String constituencyUnit, LocalDateTime createdAt) {
}
