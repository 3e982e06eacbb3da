package nl.inbreng.submissions.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.inbreng.submissions.Submission;

import java.util.List;

/** The live inputs a person may still have to review for personal data, oldest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewableSubmissions extends GenericRepository<Submission, Long> {

    List<Submission> findByRoundIdAndStatusInOrderById(Long roundId, List<Submission.SubmissionStatus> statuses);

    List<Submission> findByStatusInOrderById(List<Submission.SubmissionStatus> statuses);
}
