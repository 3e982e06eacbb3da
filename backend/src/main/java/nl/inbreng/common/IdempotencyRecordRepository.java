package nl.inbreng.common;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRecordRepository extends CrudRepository<IdempotencyRecord, Long> {

    Optional<IdempotencyRecord> findByKeyHash(String keyHash);

    @Query("UPDATE idempotency_record SET status_code = :statusCode, answer_cipher = :answerCipher, completed_at = :completedAt WHERE id = :id")
    void complete(Long id, int statusCode, String answerCipher, LocalDateTime completedAt);

    void deleteByCreatedAtLessThan(LocalDateTime before);
}
