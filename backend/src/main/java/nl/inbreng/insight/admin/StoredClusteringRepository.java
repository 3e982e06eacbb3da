package nl.inbreng.insight.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StoredClusteringRepository extends CrudRepository<StoredClustering, Long> {

    /**
     * Locks the clustering for the rest of the transaction: curation steps that add or move members run one at a
     * time per clustering, so two analysts cannot put the same input in two clusters.
     */
    @Query(value = "SELECT * FROM clustering WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<StoredClustering> findByIdForUpdate(Long id);

    List<StoredClustering> findByFilterRoundAndCuratedAtIsNotNull(Long filterRound);

    /** Every curation step calls this, so that the report and the screen know which clustering was worked on. */
    @Query("UPDATE clustering SET curated_at = :at WHERE id = :id")
    void markCurated(Long id, LocalDateTime at);
}
