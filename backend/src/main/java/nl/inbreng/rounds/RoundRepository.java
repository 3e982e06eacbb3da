package nl.inbreng.rounds;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundRepository extends CrudRepository<Round, Long> {

    List<Round> findByOpensAtLessThanEqualsAndClosesAtGreaterThanOrderByClosesAt(LocalDateTime now, LocalDateTime sameNow);

    /** Rounds that are open now or will open later (CurrentRounds keeps them in memory). */
    List<Round> findByClosesAtGreaterThanOrderByClosesAt(LocalDateTime moment);
}
