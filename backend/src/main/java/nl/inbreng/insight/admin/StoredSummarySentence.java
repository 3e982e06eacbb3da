package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A summary sentence of a stored cluster with the comma-separated ids of the inputs it was taken from. */
@MappedEntity("clustering_sentence")
record StoredSummarySentence(
        @Id @GeneratedValue @Nullable Long id,
        Long clusterId,
        int position,
        String sentence,
        String sourceIds) {
}
