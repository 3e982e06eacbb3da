package nl.inbreng.submissions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Reads many inputs at once for {@link PublicQuotes}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface QuotedTexts extends GenericRepository<Submission, Long> {

    List<Submission> findByIdIn(Collection<Long> ids);
}
