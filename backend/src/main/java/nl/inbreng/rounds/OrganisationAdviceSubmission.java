package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Links one theme's submission to the organisation advice it belongs to. */
@MappedEntity("organisation_advice_submission")
public record OrganisationAdviceSubmission(@Id @GeneratedValue @Nullable Long id, Long adviceId, Long submissionId) {
}
