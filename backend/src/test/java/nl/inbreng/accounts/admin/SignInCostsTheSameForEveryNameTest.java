package nl.inbreng.accounts.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timing must not tell a known name from an unknown one. The old lock answered a locked account without a password
 * check while unknown names always paid one (45 times faster); here every attempt's work is written down: the same
 * number of bcrypt checks at the same cost, attempt by attempt, for an account, a name that is none and a
 * deactivated account, through the throttle and beyond.
 */
class SignInCostsTheSameForEveryNameTest extends RealDatabaseTest {

    private static int nextClient = 1;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminUserRepository users;
    @Inject
    PasswordHasher hasher;
    @Inject
    AdminLogin adminLogin;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.trusted-proxies", "127.0.0.1, ::1", "inbreng.test.counting-hasher", "true");
    }

    @Test
    void everyNameCostsTheSameChecksAttemptByAttempt() {
        String known = "kosten-" + System.nanoTime();
        adminLogin.createUser(known, Role.ANALIST);
        AdminUser leaving = adminLogin.createUser("vertrokken-" + System.nanoTime(), Role.ANALIST);
        users.update(new AdminUser(leaving.id(), leaving.username(), leaving.passwordHash(), leaving.displayName(),
                false, 0, null, leaving.createdAt()));
        String unknown = "geen-account-" + System.nanoTime();
        CountingPasswordHasher counting = (CountingPasswordHasher) hasher;
        counting.takeChecked();

        List<String> knownWork = work(known, counting);
        List<String> unknownWork = work(unknown, counting);
        List<String> deactivatedWork = work(leaving.username(), counting);

        assertEquals(knownWork, unknownWork);
        assertEquals(knownWork, deactivatedWork);
        // the first attempts are checked once each at bcrypt's full cost; the throttled ones are checked by no one
        assertTrue(knownWork.get(0).matches("401 \\[\\$2[aby]\\$12\\$]"), knownWork.get(0));
        assertEquals("429 []", knownWork.get(knownWork.size() - 1));
    }

    /** Per attempt from one new client: the status and the bcrypt checks it cost. */
    private List<String> work(String username, CountingPasswordHasher counting) {
        String from = "198.19.7." + nextClient++;
        List<String> work = new ArrayList<>();
        for (int attempt = 0; attempt < LoginThrottle.Kind.CLIENT_AND_ACCOUNT.freeAttempts + 2; attempt++) {
            int status;
            try {
                status = client.toBlocking().exchange(HttpRequest.POST("/api/admin/login",
                                Map.of("username", username, "password", "fout-" + attempt))
                        .header("X-Forwarded-For", from)).code();
            } catch (HttpClientResponseException e) {
                status = e.code();
            }
            work.add(status + " " + counting.takeChecked());
        }
        return work;
    }
}
