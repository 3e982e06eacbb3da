package nl.inbreng.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.inbreng.submissions.ContactDetails;

import java.util.List;

/** Residents of a round who asked to hear back by e-mail and have no mail queued yet. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsentingContacts extends GenericRepository<ContactDetails, Long> {

    @Query(value = "SELECT c.* FROM contact_details c JOIN submission s ON s.id = c.submission_id "
            + "WHERE s.round_id = :roundId AND c.purpose = 'TERUGKOPPELING' AND c.email IS NOT NULL AND c.email <> '' "
            + "AND s.status <> 'INGETROKKEN' AND NOT EXISTS "
            + "(SELECT 1 FROM feedback_mail_submission f WHERE f.submission_id = c.submission_id) ORDER BY c.id",
            nativeQuery = true)
    List<ContactDetails> notYetQueued(long roundId);
}
