package nl.inbreng.kiosk;

import nl.inbreng.common.Tokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Finds the stall day and device behind an X-Kiosk-Session header, if the session is still valid. */
@Singleton
class KioskSessions {

    private final KioskSessionRepository sessions;
    private final KraammomentRepository moments;
    private final Clock clock;

    KioskSessions(KioskSessionRepository sessions, KraammomentRepository moments, Clock clock) {
        this.sessions = sessions;
        this.moments = moments;
        this.clock = clock;
    }

    record ActiveKiosk(Kraammoment moment, String deviceId, String tokenHash) {
    }

    Optional<ActiveKiosk> find(@Nullable String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(sessionToken.strip());
        return sessions.findByTokenHash(hash)
                .filter(session -> session.expiresAt().isAfter(LocalDateTime.now(clock)))
                .flatMap(session -> moments.findById(session.kraammomentId())
                        .map(moment -> new ActiveKiosk(moment, session.deviceId(), hash)));
    }

    void end(String tokenHash) {
        sessions.deleteByTokenHash(tokenHash);
    }

    /** An ended stall-day session is of use to no one; replicas may both run this, deleting twice is harmless. */
    @Scheduled(fixedDelay = "1h", initialDelay = "20m")
    void forgetEnded() {
        sessions.deleteByExpiresAtLessThan(LocalDateTime.now(clock));
    }
}
