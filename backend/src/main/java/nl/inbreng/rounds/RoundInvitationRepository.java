package nl.inbreng.rounds;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoundInvitationRepository extends CrudRepository<RoundInvitation, Long> {

    Optional<RoundInvitation> findByCodeHash(String codeHash);

    List<RoundInvitation> findByRoundId(Long roundId);

    boolean existsByRoundId(Long roundId);

    /** Uses the code up; answers 0 when it was used already (also by a request running at the same moment). */
    @Query(value = "UPDATE round_invitation SET used_at = :usedAt WHERE id = :id AND used_at IS NULL", nativeQuery = true)
    int markUsed(Long id, LocalDateTime usedAt);
}
