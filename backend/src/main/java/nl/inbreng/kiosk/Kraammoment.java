package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stall day ("Weekmarkt woensdag 12 oktober") with its kiosk link, the hash of its unlock code and its round. */
@MappedEntity("kraammoment")
public record Kraammoment(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long gemeenteId,
        String name,
        String place,
        LocalDate heldOn,
        String kioskToken,
        String unlockCodeHash,
        LocalDateTime createdAt,
        @Nullable Long roundId) {
}
