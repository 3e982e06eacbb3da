package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A pending "bring this submission's index entry in line with the database". */
@MappedEntity("index_outbox")
record IndexOutboxEntry(@Id @GeneratedValue @Nullable Long id, Long submissionId, LocalDateTime createdAt) {
}
