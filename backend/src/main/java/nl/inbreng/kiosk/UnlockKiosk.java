package nl.inbreng.kiosk;

import nl.inbreng.common.Tokens;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.PasswordHasher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Staff unlock a tablet with the stall day's code and get a session token for the day. */
@Singleton
class UnlockKiosk {

    /** A market day, with room for setting up and an evening session in the town hall. */
    static final Duration SESSION_LENGTH = Duration.ofHours(14);
    static final int MAX_FAILURES = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final KraammomentRepository moments;
    private final KioskSessionRepository sessions;
    private final PasswordHasher hasher;
    private final Clock clock;
    // Six digits are guessable without a limit; the count lives in memory because a restart is rare and slow.
    private final Map<Long, Failures> failures = new ConcurrentHashMap<>();

    UnlockKiosk(KraammomentRepository moments, KioskSessionRepository sessions, PasswordHasher hasher, Clock clock) {
        this.moments = moments;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
    }

    sealed interface Result permits Unlocked, WrongCode, TooManyAttempts, UnknownKiosk {
    }

    record Unlocked(String sessionToken, String deviceId, Kraammoment moment, LocalDateTime expiresAt) implements Result {
    }

    record WrongCode() implements Result {
    }

    record TooManyAttempts(long retryAfterSeconds) implements Result {
    }

    record UnknownKiosk() implements Result {
    }

    Result unlock(@Nullable String kioskToken, @Nullable String code, @Nullable String deviceId) {
        Optional<Kraammoment> found = kioskToken == null ? Optional.empty() : moments.findByKioskToken(kioskToken);
        if (found.isEmpty()) {
            return new UnknownKiosk();
        }
        Kraammoment moment = found.get();
        Instant now = clock.instant();
        Failures count = failures.get(moment.id());
        if (count != null && count.lockedUntil != null && now.isBefore(count.lockedUntil)) {
            return new TooManyAttempts(Math.max(1, Duration.between(now, count.lockedUntil).toSeconds()));
        }
        if (code == null || !hasher.matches(code.strip(), moment.unlockCodeHash())) {
            failures.compute(moment.id(), (id, old) -> old == null || old.lockedUntil != null
                    ? new Failures(1, null)
                    : old.count + 1 >= MAX_FAILURES ? new Failures(0, now.plus(LOCKOUT)) : new Failures(old.count + 1, null));
            return new WrongCode();
        }
        failures.remove(moment.id());
        String token = Tokens.random(32);
        String device = deviceId != null && deviceId.matches("[A-Za-z0-9_-]{8,64}") ? deviceId : "kiosk-" + Tokens.random(9);
        LocalDateTime created = LocalDateTime.now(clock);
        LocalDateTime expires = created.plus(SESSION_LENGTH);
        sessions.save(new KioskSession(null, moment.id(), Tokens.sha256(token), device, created, expires));
        return new Unlocked(token, device, moment, expires);
    }

    private record Failures(int count, @Nullable Instant lockedUntil) {
    }
}
