package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

/** The index change log (table index_outbox): every replica reads it from its own position; old rows are pruned. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface IndexOutboxRepository extends CrudRepository<IndexOutboxEntry, Long> {

    @Query(value = "SELECT * FROM index_outbox WHERE id > :after ORDER BY id LIMIT :limit", nativeQuery = true)
    List<IndexOutboxEntry> after(long after, int limit);

    /** The rows in a window that holds gaps: a slow transaction may have committed one meanwhile. */
    @Query(value = "SELECT * FROM index_outbox WHERE id > :after AND id < :before ORDER BY id", nativeQuery = true)
    List<IndexOutboxEntry> between(long after, long before);

    @Query(value = "SELECT MAX(id) FROM index_outbox WHERE created_at < :before", nativeQuery = true)
    @Nullable
    Long maxIdCreatedBefore(LocalDateTime before);

    @Query(value = "DELETE FROM index_outbox WHERE id <= :through", nativeQuery = true)
    int deleteThrough(long through);

    @Query(value = "SELECT pruned_through FROM index_changelog_state WHERE id = 1", nativeQuery = true)
    @Nullable
    Long prunedThrough();

    @Query(value = "UPDATE index_changelog_state SET pruned_through = :through WHERE id = 1 AND pruned_through < :through", nativeQuery = true)
    int recordPruned(long through);
}
