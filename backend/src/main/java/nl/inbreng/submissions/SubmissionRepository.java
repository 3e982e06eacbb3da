package nl.inbreng.submissions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SubmissionRepository extends CrudRepository<Submission, Long> {

    Optional<Submission> findByReceiptHash(String receiptHash);
}
