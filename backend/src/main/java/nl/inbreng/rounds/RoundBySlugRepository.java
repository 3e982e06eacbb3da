package nl.inbreng.rounds;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Finds a round by its public address (kept apart from RoundRepository, which the foundation owns). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundBySlugRepository extends GenericRepository<Round, Long> {

    Optional<Round> findBySlug(String slug);
}
