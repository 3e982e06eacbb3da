package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One cluster of a stored clustering; key phrases are stored one per line. */
@MappedEntity("clustering_cluster")
record StoredCluster(
        @Id @GeneratedValue @Nullable Long id,
        Long clusteringId,
        int position,
        String label,
        @Nullable String keyPhrases,
        boolean overig,
        @Nullable String themeCode,
        boolean pinned) {
}
