package nl.inbreng.accounts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AdminUserRoleRepository extends CrudRepository<AdminUserRole, Long> {

    List<AdminUserRole> findByUserId(Long userId);

    boolean existsByUserIdAndRole(Long userId, Role role);

    void deleteByUserId(Long userId);
}
