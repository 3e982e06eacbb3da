package nl.inbreng.accounts.admin;

import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.PasswordHasher;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Checks a username and password. After {@value #FREE_ATTEMPTS} failures in a row an account is locked for a period
 * that doubles with every further failure, so guessing gets slower and slower without locking out forever.
 */
@Singleton
class LogIn {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(4);

    private final AdminUserRepository users;
    private final PasswordHasher hasher;
    private final AdminSessions sessions;
    private final Clock clock;
    // Checked when the username does not exist, so that both paths cost one bcrypt check and timing tells nothing.
    private final String decoyHash;

    LogIn(AdminUserRepository users, PasswordHasher hasher, AdminSessions sessions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
        this.decoyHash = hasher.hash(nl.inbreng.common.Tokens.random(16));
    }

    Result logIn(String username, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<AdminUser> found = users.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty() || !found.get().active()) {
            hasher.matches(password == null ? "" : password, decoyHash);
            return new Result.Refused();
        }
        AdminUser user = found.get();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            return new Result.Locked(user.lockedUntil());
        }
        if (password == null || !hasher.matches(password, user.passwordHash())) {
            return registerFailure(user, now);
        }
        AdminUser cleared = users.update(new AdminUser(user.id(), user.username(), user.passwordHash(), user.displayName(),
                true, 0, null, user.createdAt()));
        return new Result.LoggedIn(sessions.open(cleared));
    }

    private Result registerFailure(AdminUser user, LocalDateTime now) {
        int failures = user.failedAttempts() + 1;
        LocalDateTime lockedUntil = null;
        if (failures >= FREE_ATTEMPTS) {
            long doublings = Math.min(failures - FREE_ATTEMPTS, 16);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        users.update(new AdminUser(user.id(), user.username(), user.passwordHash(), user.displayName(), user.active(),
                failures, lockedUntil, user.createdAt()));
        return lockedUntil == null ? new Result.Refused() : new Result.Locked(lockedUntil);
    }

    sealed interface Result {
        record LoggedIn(AdminSessions.OpenedSession session) implements Result {
        }

        record Refused() implements Result {
        }

        record Locked(LocalDateTime until) implements Result {
        }
    }
}
