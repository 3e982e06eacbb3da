package nl.inbreng.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A member of the werkgroep or stall staff who signs in to the admin app. */
@MappedEntity("admin_user")
public record AdminUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        @Nullable String displayName,
        boolean active,
        int failedAttempts,
        @Nullable LocalDateTime lockedUntil,
        LocalDateTime createdAt) {

    public AdminUser withPassword(String newHash) {
        return new AdminUser(id, username, newHash, displayName, true, 0, null, createdAt);
    }
}
