package nl.inbreng.accounts.admin;

import java.util.Collection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditLogRepository extends CrudRepository<AuditEntry, Long> {

    /** Newest first; each filter that is null is left out. {@code target} matches part of the path. */
    @Query("""
            SELECT * FROM audit_log
            WHERE (:username IS NULL OR username = :username)
              AND (:action IS NULL OR action = :action)
              AND (:target IS NULL OR target LIKE CONCAT('%', :target, '%'))
              AND (:fromTime IS NULL OR acted_at >= :fromTime)
              AND (:beforeTime IS NULL OR acted_at < :beforeTime)
            ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<AuditEntry> filtered(@Nullable String username, @Nullable String action, @Nullable String target,
                              @Nullable LocalDateTime fromTime, @Nullable LocalDateTime beforeTime, int limit, int offset);

    /** As {@link #filtered}, only what these accounts did: the accounts a beheerder of some gemeenten sees (ADR 0170). */
    @Query("""
            SELECT * FROM audit_log
            WHERE user_id IN (:userIds)
              AND (:username IS NULL OR username = :username)
              AND (:action IS NULL OR action = :action)
              AND (:target IS NULL OR target LIKE CONCAT('%', :target, '%'))
              AND (:fromTime IS NULL OR acted_at >= :fromTime)
              AND (:beforeTime IS NULL OR acted_at < :beforeTime)
            ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<AuditEntry> filteredByUsers(Collection<Long> userIds, @Nullable String username, @Nullable String action,
                                     @Nullable String target, @Nullable LocalDateTime fromTime,
                                     @Nullable LocalDateTime beforeTime, int limit, int offset);
}
