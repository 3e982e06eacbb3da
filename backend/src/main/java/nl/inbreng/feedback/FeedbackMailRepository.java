package nl.inbreng.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedbackMailRepository extends CrudRepository<FeedbackMail, Long> {

    /** Due for a (new) try: waiting and due, or claimed by a worker whose lease ran out (it crashed or hangs). */
    @Query(value = "SELECT * FROM feedback_mail WHERE (status = 'WACHT' AND next_attempt_at <= :now) "
            + "OR (status = 'BEZIG' AND lease_until < :now) ORDER BY id LIMIT :limit", nativeQuery = true)
    List<FeedbackMail> findDue(LocalDateTime now, int limit);

    /**
     * Takes one row for this worker. Only one UPDATE can win the row, whatever the number of workers or replicas:
     * the WHERE repeats the "due" condition and the database applies it under the row lock.
     */
    @Query(value = "UPDATE feedback_mail SET status = 'BEZIG', lease_until = :leaseUntil, claim_token = :token, "
            + "attempts = attempts + 1 WHERE id = :id AND ((status = 'WACHT' AND next_attempt_at <= :now) "
            + "OR (status = 'BEZIG' AND lease_until < :now))", nativeQuery = true)
    int claim(long id, LocalDateTime now, LocalDateTime leaseUntil, String token);

    @Query(value = "UPDATE feedback_mail SET status = :status, sent_at = :at, lease_until = NULL, claim_token = NULL "
            + "WHERE id = :id AND claim_token = :token AND status = 'BEZIG'", nativeQuery = true)
    int finish(long id, String token, String status, LocalDateTime at);

    @Query(value = "UPDATE feedback_mail SET status = :status, next_attempt_at = :next, lease_until = NULL, "
            + "claim_token = NULL WHERE id = :id AND claim_token = :token AND status = 'BEZIG'", nativeQuery = true)
    int retryLater(long id, String token, String status, LocalDateTime next);

    long countByRoundIdAndStatus(Long roundId, FeedbackMail.Status status);
}
