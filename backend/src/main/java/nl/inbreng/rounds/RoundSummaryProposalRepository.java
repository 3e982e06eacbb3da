package nl.inbreng.rounds;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundSummaryProposalRepository extends CrudRepository<RoundSummaryProposal, Long> {

    Optional<RoundSummaryProposal> findByRoundId(Long roundId);
}
