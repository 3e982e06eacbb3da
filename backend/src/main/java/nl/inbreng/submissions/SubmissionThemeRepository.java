package nl.inbreng.submissions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SubmissionThemeRepository extends CrudRepository<SubmissionTheme, Long> {

    List<SubmissionTheme> findBySubmissionIdIn(Collection<Long> submissionIds);

    void deleteBySubmissionId(Long submissionId);
}
