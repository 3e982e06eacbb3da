package nl.inbreng.common.jobs;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Which replica may run a job, and until when. */
@MappedEntity("job_lease")
record JobLease(@Id String name, String holder, LocalDateTime leasedUntil) {
}
