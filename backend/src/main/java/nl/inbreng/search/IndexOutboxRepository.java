package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndexOutboxRepository extends CrudRepository<IndexOutboxEntry, Long> {

    @Query("SELECT * FROM index_outbox ORDER BY id LIMIT :limit")
    List<IndexOutboxEntry> oldest(int limit);

    @Query("SELECT MAX(id) FROM index_outbox")
    @Nullable
    Long maxId();

    void deleteByIdIn(Collection<Long> ids);
}
