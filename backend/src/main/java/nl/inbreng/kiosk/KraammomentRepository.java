package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stall days; the list view carries how many inputs each one collected. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface KraammomentRepository extends CrudRepository<Kraammoment, Long> {

    Optional<Kraammoment> findByKioskToken(String kioskToken);

    @Query("""
            SELECT k.id AS id, k.gemeente_id AS gemeente_id, k.name AS name, k.place AS place, k.held_on AS held_on, k.kiosk_token AS kiosk_token,
                   (SELECT COUNT(*) FROM kiosk_submission ks WHERE ks.kraammoment_id = k.id) AS inputs,
                   k.round_id AS round_id, r.title AS round_title
            FROM kraammoment k LEFT JOIN participation_round r ON r.id = k.round_id
            ORDER BY k.held_on DESC, k.id DESC""")
    List<KraammomentListItem> listWithCounts();

    /** One row of the beheerder's list; the gemeente only limits the list to the account's (ADR 0170). */
    @Serdeable
    record KraammomentListItem(Long id, @Nullable @JsonIgnore Long gemeenteId, String name, String place, LocalDate heldOn, String kioskToken, long inputs,
                               @Nullable Long roundId, @Nullable String roundTitle) {
    }
}
