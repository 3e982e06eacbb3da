package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/** One admin action: who (user), what (method and path with ids only), when, and the HTTP outcome. */
@Serdeable
@MappedEntity("audit_log")
record AuditEntry(@Id @GeneratedValue @Nullable Long id, LocalDateTime actedAt, @Nullable Long userId, String username,
                  String action, String target, int outcome) {
}
