package nl.inbreng.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GemeenteLogoRepository extends CrudRepository<GemeenteLogo, Long> {

    /** Only the moment of the last change: enough to version the logo's address without reading the image. */
    Optional<LocalDateTime> findUpdatedAtByGemeenteId(Long gemeenteId);
}
