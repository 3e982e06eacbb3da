package nl.inbreng.tables;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TableOutcomeRepository extends CrudRepository<TableOutcome, Long> {

    List<TableOutcome> findBySessionIdOrderById(Long sessionId);

    boolean existsBySessionIdAndPriorityRank(Long sessionId, Integer priorityRank);
}
