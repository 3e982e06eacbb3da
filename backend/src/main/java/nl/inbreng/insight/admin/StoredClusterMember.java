package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An input's place in a stored cluster. */
@MappedEntity("clustering_member")
record StoredClusterMember(
        @Id @GeneratedValue @Nullable Long id,
        Long clusterId,
        Long submissionId,
        boolean representative,
        boolean isNew) {
}
