package nl.inbreng.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("admin_user_role")
public record AdminUserRole(@Id @GeneratedValue @Nullable Long id, Long userId, Role role) {
}
