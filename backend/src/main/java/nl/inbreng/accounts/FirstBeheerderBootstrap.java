package nl.inbreng.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.admin.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * INBRENG_ADMIN_USERNAME + INBRENG_ADMIN_PASSWORD create the first beheerder, or reset its password and
 * unlock it, at every start: the operator's way back in when the last beheerder is locked out. It manages the whole
 * installation (ADR 0170): BEHEERDER and INSTALLATIEBEHEERDER, over every gemeente, also those added later.
 */
@Singleton
class FirstBeheerderBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(FirstBeheerderBootstrap.class);
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final AccountGemeenten gemeenten;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstBeheerderBootstrap(AdminUserRepository users, AdminUserRoleRepository roles, AccountGemeenten gemeenten,
                            PasswordHasher hasher,
                            LoginThrottle throttle, Clock clock,
                            @Value("${inbreng.admin.username:}") @Nullable String username,
                            @Value("${inbreng.admin.password:}") @Nullable String password) {
        this.users = users;
        this.roles = roles;
        this.gemeenten = gemeenten;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.username = username == null ? "" : username.trim();
        this.password = password == null ? "" : password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (username.isEmpty() && password.isEmpty()) {
            return;
        }
        if (username.isEmpty() || password.length() < MINIMUM_PASSWORD_LENGTH) {
            LOG.warn("INBRENG_ADMIN_USERNAME and INBRENG_ADMIN_PASSWORD (at least {} characters) must both be set; "
                    + "no beheerder was created or reset", MINIMUM_PASSWORD_LENGTH);
            return;
        }
        String hash = hasher.hash(password);
        AdminUser user = users.findByUsername(username)
                .map(existing -> users.update(existing.withPassword(hash)))
                .orElseGet(() -> users.save(new AdminUser(null, username, hash, null, true, 0, null,
                        LocalDateTime.now(clock))));
        for (Role role : new Role[]{Role.BEHEERDER, Role.INSTALLATIEBEHEERDER}) {
            if (!roles.existsByUserIdAndRole(user.id(), role)) {
                roles.save(new AdminUserRole(null, user.id(), role));
            }
        }
        gemeenten.assign(user.id(), GemeenteScope.WHOLE_INSTALLATION);
        throttle.unlock(username);
        LOG.info("Beheerder account from INBRENG_ADMIN_USERNAME is ready");
    }
}
