package nl.inbreng.insight.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThemeWeightRepository extends CrudRepository<ThemeWeight, Long> {

    Optional<ThemeWeight> findByRoundScopeAndThemaCode(long roundScope, String themaCode);

    List<ThemeWeight> findByRoundScopeIn(Collection<Long> roundScopes);
}
