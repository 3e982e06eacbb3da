package nl.inbreng.submissions.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ModerationEventRepository extends CrudRepository<ModerationEvent, Long> {

    Optional<ModerationEvent> findFirstBySubmissionIdOrderByIdDesc(Long submissionId);
}
