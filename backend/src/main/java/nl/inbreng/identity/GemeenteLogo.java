package nl.inbreng.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** The gemeente's logo as uploaded by a beheerder (PNG, JPEG, WebP or SVG). */
@MappedEntity("gemeente_logo")
public record GemeenteLogo(@Id Long gemeenteId, String contentType, byte[] data, LocalDateTime updatedAt) {
}
