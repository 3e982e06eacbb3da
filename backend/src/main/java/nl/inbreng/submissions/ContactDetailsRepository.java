package nl.inbreng.submissions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContactDetailsRepository extends CrudRepository<ContactDetails, Long> {

    Optional<ContactDetails> findBySubmissionId(Long submissionId);

    void deleteBySubmissionId(Long submissionId);

    /** Erases every set of contact details whose last day lies before {@code today}. */
    @Query(value = "DELETE FROM contact_details WHERE delete_after < :today", nativeQuery = true)
    int eraseDueBefore(LocalDate today);
}
