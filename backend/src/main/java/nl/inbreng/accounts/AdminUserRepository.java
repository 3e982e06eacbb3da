package nl.inbreng.accounts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AdminUserRepository extends CrudRepository<AdminUser, Long> {

    Optional<AdminUser> findByUsername(String username);
}
