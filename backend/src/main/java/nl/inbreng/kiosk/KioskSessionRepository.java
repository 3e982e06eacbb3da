package nl.inbreng.kiosk;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KioskSessionRepository extends CrudRepository<KioskSession, Long> {

    Optional<KioskSession> findByTokenHash(String tokenHash);

    void deleteByTokenHash(String tokenHash);

    void deleteByExpiresAtLessThan(LocalDateTime moment);
}
