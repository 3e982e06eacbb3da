package nl.inbreng.rounds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** An organisation's invitation to a round; the code itself is never stored, only its SHA-256. */
@MappedEntity("round_invitation")
public record RoundInvitation(@Id @GeneratedValue @Nullable Long id, Long roundId, Long organisationId, String codeHash,
                              LocalDateTime expiresAt, @Nullable LocalDateTime usedAt, LocalDateTime createdAt) {
}
