package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.inbreng.rounds.Round;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** A thematafel: a session at a place and time, for a limited number of people, about some themes. */
@MappedEntity("table_session")
public record TableSession(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long gemeenteId,
        @Nullable Long roundId,
        String title,
        @Nullable String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        int capacity,
        @Nullable String facilitator,
        @Nullable String verslag,
        @Nullable LocalDateTime verslagPublishedAt,
        LocalDateTime createdAt,
        @Nullable Round.Doelgroep doelgroep) {

    /** Sessions are announced in Dutch wall-clock time, whatever zone the server runs in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public TableSession withVerslag(String text, LocalDateTime publishedAt) {
        return new TableSession(id, gemeenteId, roundId, title, description, startsAt, endsAt, place, capacity,
                facilitator, text, publishedAt, createdAt, doelgroep);
    }

    public boolean hasStartedAt(LocalDateTime dutchNow) {
        return !dutchNow.isBefore(startsAt);
    }
}
