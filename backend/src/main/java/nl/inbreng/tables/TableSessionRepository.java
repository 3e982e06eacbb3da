package nl.inbreng.tables;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TableSessionRepository extends CrudRepository<TableSession, Long> {

    List<TableSession> findByEndsAtGreaterThanOrderByStartsAt(LocalDateTime dutchNow);

    /**
     * Locks the session row until the transaction ends, so registrations for one session happen one at a time
     * and the seat count read after it is current (works on MySQL/MariaDB InnoDB and on H2).
     */
    @Query(value = "SELECT * FROM table_session WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<TableSession> lockById(Long id);
}
