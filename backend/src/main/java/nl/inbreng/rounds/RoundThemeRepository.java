package nl.inbreng.rounds;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundThemeRepository extends CrudRepository<RoundTheme, Long> {

    List<RoundTheme> findByRoundIdIn(Collection<Long> roundIds);
}
