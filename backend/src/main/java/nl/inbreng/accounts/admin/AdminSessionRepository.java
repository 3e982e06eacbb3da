package nl.inbreng.accounts.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AdminSessionRepository extends CrudRepository<AdminSession, Long> {

    Optional<AdminSession> findByTokenHash(String tokenHash);

    void deleteByTokenHash(String tokenHash);

    void deleteByUserId(Long userId);

    void deleteByExpiresAtLessThan(LocalDateTime moment);

    void updateExpiresAtAndLastSeenAt(@Id Long id, LocalDateTime expiresAt, LocalDateTime lastSeenAt);
}
