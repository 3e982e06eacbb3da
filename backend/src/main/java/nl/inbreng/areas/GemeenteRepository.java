package nl.inbreng.areas;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GemeenteRepository extends CrudRepository<Gemeente, Long> {

    Optional<Gemeente> findByCode(String code);
}
