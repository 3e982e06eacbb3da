package nl.inbreng.areas;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AreaRepository extends CrudRepository<Area, Long> {

    Optional<Area> findByCode(String code);

    @Query("""
            SELECT a.code AS code, a.name AS name, g.name AS gemeente, g.id AS gemeente_id
            FROM area a JOIN gemeente g ON g.id = a.gemeente_id
            ORDER BY g.name, a.position, a.name""")
    List<AreaView> listPublic();

    /** What residents see of an area; the gemeente's id picks the portal's areas and is not shown. */
    @Serdeable
    record AreaView(String code, String name, String gemeente, @JsonIgnore long gemeenteId) {
    }
}
