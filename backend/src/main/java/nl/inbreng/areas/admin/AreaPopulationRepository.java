package nl.inbreng.areas.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.areas.Area;

import java.util.List;

/** The population figures of the areas, which only the beheerder changes; read by the dashboard too. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AreaPopulationRepository extends GenericRepository<Area, Long> {

    @Query("""
            SELECT a.id AS id, a.code AS code, a.name AS name, a.kind AS kind, g.name AS gemeente, g.id AS gemeente_id,
                   a.population AS population, a.population_year AS population_year
            FROM area a JOIN gemeente g ON g.id = a.gemeente_id
            ORDER BY g.name, a.position, a.name""")
    List<AreaPopulation> listAll();

    @Query("UPDATE area SET population = :population, population_year = :populationYear WHERE id = :id")
    int setPopulation(long id, @Nullable Integer population, @Nullable Integer populationYear);

    /** One area with its number of inhabitants and the year that figure is from (both empty when unknown). */
    @Serdeable
    record AreaPopulation(long id, String code, String name, String kind, String gemeente, @JsonIgnore long gemeenteId,
                          @Nullable Integer population, @Nullable Integer populationYear) {
    }
}
