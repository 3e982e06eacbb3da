package nl.inbreng.tables;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RegistrationRepository extends CrudRepository<Registration, Long> {

    long countBySessionIdAndStatus(Long sessionId, Registration.Status status);

    Optional<Registration> findBySessionIdAndEmailNormalised(Long sessionId, String emailNormalised);

    Optional<Registration> findByTokenHash(String tokenHash);

    /** The waitlist in order: who waited longest comes first. */
    @Query(value = """
            SELECT * FROM table_registration WHERE session_id = :sessionId AND status = 'WAITLISTED'
            ORDER BY status_changed_at, id""", nativeQuery = true)
    List<Registration> findWaitlist(Long sessionId);

    @Query(value = """
            SELECT r.* FROM table_registration r JOIN table_session s ON s.id = r.session_id
            WHERE r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL AND s.starts_at >= :from AND s.starts_at < :until
              AND (r.reminder_claimed_until IS NULL OR r.reminder_claimed_until <= :now)
            ORDER BY r.id""", nativeQuery = true)
    List<Registration> findDueForReminder(LocalDateTime from, LocalDateTime until, LocalDateTime now);

    /**
     * Claims the reminder for one registration until the given time; answers 0 when it was sent already or another
     * run holds the claim. A claim that runs out (its replica died while sending) can be taken again.
     */
    @Query(value = """
            UPDATE table_registration SET reminder_claimed_until = :until
            WHERE id = :id AND reminder_sent_at IS NULL AND (reminder_claimed_until IS NULL OR reminder_claimed_until <= :now)""",
            nativeQuery = true)
    int claimReminder(Long id, LocalDateTime now, LocalDateTime until);

    @Query(value = "UPDATE table_registration SET reminder_sent_at = :sentAt, reminder_claimed_until = NULL WHERE id = :id",
            nativeQuery = true)
    int markReminderSent(Long id, LocalDateTime sentAt);

    /** A reminder that could not be sent goes back to the queue for the next run. */
    @Query(value = "UPDATE table_registration SET reminder_claimed_until = NULL WHERE id = :id AND reminder_sent_at IS NULL",
            nativeQuery = true)
    int releaseReminder(Long id);

    List<Registration> findBySessionIdOrderById(Long sessionId);

    /**
     * Wipes personal details of registrations for sessions that ended before the cut-off. The columns are NOT NULL and
     * (session, e-mail) is unique, so the e-mail becomes empty and its normalised form a per-row placeholder.
     */
    @Query(value = """
            UPDATE table_registration SET name = '', organisation = NULL, email = '',
                email_normalised = CONCAT('gewist-', id), access_needs = NULL
            WHERE email <> '' AND session_id IN (SELECT s.id FROM table_session s WHERE s.ends_at < :cutoff)""",
            nativeQuery = true)
    int forgetForSessionsEndedBefore(LocalDateTime cutoff);
}
