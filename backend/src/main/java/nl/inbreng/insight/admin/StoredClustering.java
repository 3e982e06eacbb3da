package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * A clustering run with the filter it covered, kept so that it can be curated and reproduced (same seed).
 * {@code curatedAt} is the last time an analyst changed it; null means nobody touched it since it was computed.
 * {@code countReason} says in plain Dutch why it has the number of clusters it has (null for older clusterings).
 */
@MappedEntity("clustering")
record StoredClustering(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String filterTheme,
        @Nullable String filterChannel,
        @Nullable String filterArea,
        @Nullable Long filterRound,
        @Nullable Integer requestedClusters,
        long seed,
        LocalDateTime createdAt,
        @Nullable Long filterImport,
        @Nullable LocalDateTime curatedAt,
        @Nullable String countReason) {

    ClusteringFilter filter() {
        return new ClusteringFilter(filterTheme, filterChannel, filterArea, filterRound,
                filterImport == null ? null : String.valueOf(filterImport));
    }
}
