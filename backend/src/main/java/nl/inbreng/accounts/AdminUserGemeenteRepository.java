package nl.inbreng.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AdminUserGemeenteRepository extends CrudRepository<AdminUserGemeente, Long> {

    List<AdminUserGemeente> findByUserId(Long userId);

    void deleteByUserId(Long userId);

    @Query("SELECT COUNT(*) FROM gemeente")
    long countGemeenten();

    @Query("SELECT id FROM gemeente ORDER BY id")
    List<Long> gemeenteIds();
}
