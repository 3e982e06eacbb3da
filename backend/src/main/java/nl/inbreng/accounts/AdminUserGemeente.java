package nl.inbreng.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One gemeente an admin account belongs to; {@code gemeenteId} null: the whole installation (ADR 0170). */
@MappedEntity("admin_user_gemeente")
public record AdminUserGemeente(@Id @GeneratedValue @Nullable Long id, Long userId, @Nullable Long gemeenteId) {
}
