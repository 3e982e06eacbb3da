package nl.inbreng.accounts.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditLogRepository extends CrudRepository<AuditEntry, Long> {

    @Query("SELECT * FROM audit_log ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<AuditEntry> newestFirst(int limit, int offset);
}
