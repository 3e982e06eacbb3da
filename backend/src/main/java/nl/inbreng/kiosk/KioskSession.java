package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** An unlocked tablet: the hash of its session token, its device id and until when it may send input. */
@MappedEntity("kiosk_session")
public record KioskSession(
        @Id @GeneratedValue @Nullable Long id,
        Long kraammomentId,
        String tokenHash,
        String deviceId,
        LocalDateTime createdAt,
        LocalDateTime expiresAt) {
}
