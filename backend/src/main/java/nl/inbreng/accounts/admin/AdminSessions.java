package nl.inbreng.accounts.admin;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AccountGemeenten;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRole;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Opens, resolves and ends server-side admin sessions. A session ends after 8 hours without use, and 12 hours after
 * sign-in however busy it is, so a stolen or forgotten session does not live on (docs/adr/0119-hardening-at-the-edge.md).
 */
@Singleton
public class AdminSessions {

    static final Duration IDLE_LIMIT = Duration.ofHours(8);
    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AdminSessionRepository sessions;
    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final AccountGemeenten gemeenten;
    private final Clock clock;

    AdminSessions(AdminSessionRepository sessions, AdminUserRepository users, AdminUserRoleRepository roles,
                  AccountGemeenten gemeenten, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.roles = roles;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    /**
     * An ended session is of use to no one; its row (a token hash and times) goes at the next run. Replicas may run
     * this at the same time: deleting what another already deleted is harmless.
     */
    @Scheduled(fixedDelay = "1h", initialDelay = "20m")
    void forgetEnded() {
        sessions.deleteByExpiresAtLessThan(LocalDateTime.now(clock));
    }

    /** Starts a session and returns the cookie token, which is stored nowhere but in the browser. */
    public OpenedSession open(AdminUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        String token = Tokens.random(32);
        String csrf = Tokens.random(24);
        sessions.save(new AdminSession(null, Tokens.sha256(token), user.id(), csrf, now, now, now.plus(IDLE_LIMIT)));
        return new OpenedSession(token, principalOf(user, csrf));
    }

    public Optional<AdminPrincipal> resolve(String token) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions.findByTokenHash(Tokens.sha256(token))
                .filter(session -> session.expiresAt().isAfter(now))
                .filter(session -> session.createdAt().plus(ABSOLUTE_LIMIT).isAfter(now))
                .flatMap(session -> users.findById(session.userId())
                        .filter(AdminUser::active)
                        .map(user -> {
                            touch(session, now);
                            return principalOf(user, session.csrfToken());
                        }));
    }

    public void end(String token) {
        sessions.deleteByTokenHash(Tokens.sha256(token));
    }

    /** Ends every session of a user, e.g. after a password change or deactivation. */
    public void endAllOf(long userId) {
        sessions.deleteByUserId(userId);
    }

    private void touch(AdminSession session, LocalDateTime now) {
        // Sliding expiry, written at most once a minute so that reads stay reads.
        if (session.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            LocalDateTime idleEnd = now.plus(IDLE_LIMIT);
            LocalDateTime absoluteEnd = session.createdAt().plus(ABSOLUTE_LIMIT);
            sessions.updateExpiresAtAndLastSeenAt(session.id(), idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd, now);
        }
    }

    private AdminPrincipal principalOf(AdminUser user, String csrf) {
        Set<Role> userRoles = EnumSet.noneOf(Role.class);
        roles.findByUserId(user.id()).stream().map(AdminUserRole::role).forEach(userRoles::add);
        // Read with every request like the roles, so a changed scope holds at once, without signing in again.
        return new AdminPrincipal(user.id(), user.username(), Set.copyOf(userRoles), csrf, gemeenten.scopeOf(user.id()));
    }

    /** A new session: the token for the cookie and who it belongs to. */
    public record OpenedSession(String token, AdminPrincipal principal) {
    }
}
