package nl.inbreng.feedback;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedbackMailSubmissionRepository extends CrudRepository<FeedbackMailSubmission, Long> {

    List<FeedbackMailSubmission> findByMailId(Long mailId);
}
