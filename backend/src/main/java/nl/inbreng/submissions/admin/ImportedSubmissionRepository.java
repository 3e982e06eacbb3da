package nl.inbreng.submissions.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportedSubmissionRepository extends CrudRepository<ImportedSubmission, Long> {

    List<ImportedSubmission> findByImportIdOrderByLineNumber(Long importId);
}
