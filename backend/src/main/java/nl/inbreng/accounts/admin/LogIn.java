package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.common.Tokens;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Checks a username and password. Everything before the answer is the same whether the account exists or not: the
 * throttling keys are made from the name as typed, every attempt that is not throttled costs exactly one bcrypt
 * check (against a decoy hash for names that are no account), and the answers are the same two
 * (docs/adr/0118-login-throttling-without-lock-out.md).
 */
@Singleton
class LogIn {

    private final AdminUserRepository users;
    private final PasswordHasher hasher;
    private final AdminSessions sessions;
    private final LoginThrottle throttle;
    private final KnownDevices devices;
    private final SecurityAudit audit;
    private final String decoyHash;

    LogIn(AdminUserRepository users, PasswordHasher hasher, AdminSessions sessions, LoginThrottle throttle,
          KnownDevices devices, SecurityAudit audit) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.devices = devices;
        this.audit = audit;
        this.decoyHash = hasher.hash(Tokens.random(16));
    }

    /**
     * @param clientKey   the client's limit key ({@link nl.inbreng.common.ClientAddress#limitKey}), hashed here
     * @param deviceToken the browser's device cookie, if it has one
     */
    Result logIn(@Nullable String username, @Nullable String password, String clientKey, @Nullable String deviceToken) {
        String name = username == null ? "" : username.strip();
        String accountHash = throttle.accountHash(name);
        List<LoginThrottle.Key> keys = throttle.keysFor(accountHash, clientKey,
                devices.knows(deviceToken, accountHash) ? deviceToken : null);

        Optional<AdminUser> found = name.isEmpty() || name.length() > 100 ? Optional.empty() : users.findByUsername(name);
        Optional<AdminUser> account = found.filter(AdminUser::active);
        Optional<LocalDateTime> waitUntil = throttle.reserve(keys);
        if (waitUntil.isPresent()) {
            audit.signIn(account.map(AdminUser::id).orElse(null), account.map(AdminUser::username).orElse(null), 429);
            return new Result.Throttled(waitUntil.get());
        }
        boolean matches = hasher.matches(password == null ? "" : password,
                account.map(AdminUser::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            audit.signIn(account.map(AdminUser::id).orElse(null), account.map(AdminUser::username).orElse(null), 401);
            return new Result.Refused();
        }
        throttle.succeeded(keys);
        String device = devices.remember(deviceToken, accountHash);
        audit.signIn(account.get().id(), account.get().username(), 200);
        return new Result.LoggedIn(sessions.open(account.get()), device);
    }

    sealed interface Result {
        /** Signed in; {@code deviceToken} goes back in the device cookie. */
        record LoggedIn(AdminSessions.OpenedSession session, String deviceToken) implements Result {
        }

        record Refused() implements Result {
        }

        /** Too many attempts from here or for this name; no password was checked. */
        record Throttled(LocalDateTime until) implements Result {
        }
    }
}
