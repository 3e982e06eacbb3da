package nl.inbreng.submissions.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubmissionNoteRepository extends CrudRepository<SubmissionNote, Long> {

    List<SubmissionNote> findBySubmissionIdOrderById(Long submissionId);
}
