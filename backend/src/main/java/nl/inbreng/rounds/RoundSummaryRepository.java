package nl.inbreng.rounds;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundSummaryRepository extends CrudRepository<RoundSummary, Long> {

    Optional<RoundSummary> findByRoundId(Long roundId);

    List<RoundSummary> findAllOrderByApprovedAtDesc();
}
