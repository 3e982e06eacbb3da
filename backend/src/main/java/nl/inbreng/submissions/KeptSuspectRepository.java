package nl.inbreng.submissions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface KeptSuspectRepository extends CrudRepository<KeptSuspect, Long> {

    List<KeptSuspect> findBySubmissionIdIn(Collection<Long> submissionIds);

    boolean existsBySubmissionIdAndFieldAndSpanHash(Long submissionId, String field, String spanHash);
}
