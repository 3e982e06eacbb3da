package nl.inbreng.accounts;

import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstBeheerderBootstrapTest extends RealDatabaseTest {

    static final String USERNAME = "eerste-beheerder-" + System.nanoTime();

    @Inject
    AdminUserRepository users;

    @Inject
    AdminUserRoleRepository roles;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountGemeenten accountGemeenten;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.admin.username", USERNAME, "inbreng.admin.password", "lang-genoeg-wachtwoord-1");
    }

    @Test
    void createsTheFirstBeheerderWithAHashedPassword() {
        AdminUser user = users.findByUsername(USERNAME).orElseThrow();

        assertTrue(roles.existsByUserIdAndRole(user.id(), Role.BEHEERDER));
        assertFalse(user.passwordHash().contains("lang-genoeg"), "the password is never stored as typed");
        assertTrue(hasher.matches("lang-genoeg-wachtwoord-1", user.passwordHash()));
        assertFalse(hasher.matches("iets-anders-dan-dat", user.passwordHash()));
    }

    @Test
    void theFirstBeheerderManagesTheWholeInstallation() {
        AdminUser user = users.findByUsername(USERNAME).orElseThrow();

        assertTrue(roles.existsByUserIdAndRole(user.id(), Role.INSTALLATIEBEHEERDER));
        assertEquals(GemeenteScope.WHOLE_INSTALLATION, accountGemeenten.storedScopeOf(user.id()),
                "also gemeenten added later");
    }
}
