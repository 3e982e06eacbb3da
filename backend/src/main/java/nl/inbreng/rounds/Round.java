package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A participation round: who it is for, when it is open and (via round_theme) which themes it covers. */
@MappedEntity("participation_round")
public record Round(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long gemeenteId,
        String slug,
        String title,
        Doelgroep doelgroep,
        @Nullable String intro,
        LocalDateTime opensAt,
        LocalDateTime closesAt,
        boolean byInvitation,
        LocalDateTime createdAt) {

    public enum Doelgroep { INWONERS, WIJKRADEN, ONDERNEMERS, PROFESSIONALS, IEDEREEN }

    public boolean isOpenAt(LocalDateTime moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }
}
