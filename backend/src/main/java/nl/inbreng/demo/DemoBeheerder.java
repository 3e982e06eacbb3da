package nl.inbreng.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AccountGemeenten;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRole;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.DatabaseKind;
import nl.inbreng.common.InbrengSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A newcomer who runs the jar with no settings gets a demo with a usable admin app: on the embedded database with
 * demo content, and only while there is no admin account at all, one beheerder "demo" is created with a random
 * password that the log shows this one time. Never on MySQL, never next to INBRENG_ADMIN_USERNAME, never twice.
 */
@Singleton
class DemoBeheerder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBeheerder.class);
    static final String USERNAME = "demo";
    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final InbrengSettings settings;
    private final DatabaseKind databaseKind;
    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final AccountGemeenten gemeenten;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String configuredAdmin;

    DemoBeheerder(InbrengSettings settings, DatabaseKind databaseKind, AdminUserRepository users,
                  AdminUserRoleRepository roles, AccountGemeenten gemeenten, PasswordHasher hasher, Clock clock,
                  @Value("${inbreng.admin.username:}") @Nullable String configuredAdmin) {
        this.settings = settings;
        this.databaseKind = databaseKind;
        this.users = users;
        this.roles = roles;
        this.gemeenten = gemeenten;
        this.hasher = hasher;
        this.clock = clock;
        this.configuredAdmin = configuredAdmin == null ? "" : configuredAdmin.trim();
    }

    @EventListener
    @Order(200)
    void onStartup(StartupEvent event) {
        boolean demo = settings.demoData() == null ? databaseKind.isEmbedded() : settings.demoData();
        if (!demo || !databaseKind.isEmbedded() || !configuredAdmin.isEmpty() || users.count() > 0) {
            return;
        }
        // bcrypt at cost 12 took a seventh of a fresh start's main thread; nobody can sign in with the account before
        // the log shows its password, so it is made beside the start instead of before it (docs/benchmarks.md, #19)
        Thread maker = new Thread(() -> {
            try {
                create();
            } catch (RuntimeException e) {
                LOG.warn("Demo: the demo beheerder could not be made; start with INBRENG_ADMIN_USERNAME/PASSWORD", e);
            }
        }, "demo-beheerder");
        maker.setDaemon(true);
        maker.start();
    }

    private void create() {
        String password = randomPassword();
        AdminUser user = users.save(new AdminUser(null, USERNAME, hasher.hash(password), null, true, 0, null,
                LocalDateTime.now(clock)));
        roles.save(new AdminUserRole(null, user.id(), Role.BEHEERDER));
        // The demo's only account is its first beheerder: it manages the whole installation, as INBRENG_ADMIN_* would.
        roles.save(new AdminUserRole(null, user.id(), Role.INSTALLATIEBEHEERDER));
        gemeenten.assign(user.id(), GemeenteScope.WHOLE_INSTALLATION);
        // Shown once: the account exists from now on and this branch never runs again for this data folder.
        LOG.info("Demo: sign in at /admin/ as beheerder '{}' with password '{}' (shown only this once; change it under "
                + "Accounts, or start with INBRENG_ADMIN_USERNAME/INBRENG_ADMIN_PASSWORD)", USERNAME, password);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return password.toString();
    }
}
