package nl.inbreng.tables;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TableSessionThemeRepository extends CrudRepository<TableSessionTheme, Long> {

    List<TableSessionTheme> findBySessionIdIn(Collection<Long> sessionIds);

    void deleteBySessionId(Long sessionId);
}
