package nl.inbreng.kiosk;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KioskSubmissionRepository extends CrudRepository<KioskSubmission, Long> {

    Optional<KioskSubmission> findByIdempotencyKey(String idempotencyKey);

    long countByKraammomentIdAndCreatedAtGreaterThanEquals(Long kraammomentId, LocalDateTime from);

    long countByKraammomentIdAndDeviceIdAndCreatedAtGreaterThanEquals(Long kraammomentId, String deviceId, LocalDateTime from);
}
