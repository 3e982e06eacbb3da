package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in throttling as an attacker and an account's owner meet it. The test client stands in for a trusted proxy on
 * loopback, so X-Forwarded-For says which client an attempt comes from.
 */
class LoginThrottleApiTest extends RealDatabaseTest {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(10);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminUserRepository users;

    @Inject
    AdminLogin adminLogin;

    @Override
    protected Map<String, String> extraProperties() {
        // forty bcrypt-bound requests at once on a busy two-core machine can take longer than the client's default 10 s
        return Map.of("inbreng.trusted-proxies", "127.0.0.1, ::1", "micronaut.http.client.read-timeout", "120s");
    }

    @Test
    void aKnownAndAnUnknownNameGetTheSameAnswersAllTheWayToTheThrottle() {
        String known = "bekend-" + System.nanoTime();
        adminLogin.createUser(known, Role.ANALIST);
        String unknown = "onbekend-" + System.nanoTime();
        String attacker = newClient();

        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int attempt = 0; attempt < LoginThrottle.Kind.CLIENT_AND_ACCOUNT.freeAttempts + 2; attempt++) {
            knownAnswers.add(answer(login(known, "fout-" + attempt, attacker, null)));
            unknownAnswers.add(answer(login(unknown, "fout-" + attempt, attacker, null)));
        }

        assertEquals(knownAnswers, unknownAnswers);
        assertTrue(knownAnswers.get(0).startsWith("401 Inloggen is niet gelukt"), knownAnswers.get(0));
        assertTrue(knownAnswers.get(knownAnswers.size() - 1).startsWith("429 Te veel pogingen"),
                knownAnswers.get(knownAnswers.size() - 1));
    }

    @Test
    void aStrangerWhoGuessesDoesNotKeepTheOwnerOutOfTheirOwnBrowser() {
        String owner = "eigenaar-" + System.nanoTime();
        adminLogin.createUser(owner, Role.ANALIST);
        String ownersBrowser = newClient();
        String device = deviceCookie(login(owner, AdminLogin.PASSWORD, ownersBrowser, null));

        // strangers from many addresses guess until browsers that never signed in must wait
        String stranger = null;
        for (int attempt = 0; attempt < LoginThrottle.Kind.ACCOUNT.freeAttempts + 3; attempt++) {
            stranger = newClient();
            login(owner, "gok-" + attempt, stranger, null);
        }
        assertEquals(429, login(owner, AdminLogin.PASSWORD, newClient(), null).code(),
                "a browser the account never used now waits");

        // the owner, in the browser they used before and even on the same address as a stranger, still gets in
        assertEquals(200, login(owner, AdminLogin.PASSWORD, ownersBrowser, device).code());
        assertEquals(200, login(owner, AdminLogin.PASSWORD, stranger, device).code());
    }

    @Test
    void oneClientTryingManyNamesWaitsAfterItsOwnBudget() {
        // the probe's finding: 40 names from one address got 40 password checks
        String sprayer = newClient();
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < LoginThrottle.Kind.CLIENT.freeAttempts + 3; attempt++) {
            statuses.add(login("naam-" + attempt + "-" + System.nanoTime(), "fout", sprayer, null).code());
        }
        assertEquals(LoginThrottle.Kind.CLIENT.freeAttempts, statuses.stream().filter(status -> status == 401).count(),
                statuses.toString());
        assertEquals(List.of(429, 429, 429), statuses.subList(statuses.size() - 3, statuses.size()));
        // another client is not held up by this one
        assertEquals(401, login("naam-" + System.nanoTime(), "fout", newClient(), null).code());
    }

    @Test
    void fortyAttemptsAtOnceCheckOnlyTheFreeNumberOfPasswords() throws Exception {
        String target = "doelwit-" + System.nanoTime();
        adminLogin.createUser(target, Role.ANALIST);
        String attacker = newClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "gok-" + i;
                attempts.add(() -> login(target, guess, attacker, null).code());
            }
            int checked = 0;
            for (Future<Integer> outcome : pool.invokeAll(attempts)) {
                if (outcome.get() == 401) {
                    checked++;
                }
            }
            // every attempt that got a 401 had its password checked; the rest were turned away before bcrypt
            assertEquals(LoginThrottle.Kind.CLIENT_AND_ACCOUNT.freeAttempts, checked);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedAndThrottledSignInsAndRefusedRequestsAreAuditedWithoutThePassword() throws Exception {
        String name = "audit-" + System.nanoTime();
        adminLogin.createUser(name, Role.ANALIST);
        String secretGuess = "geheim-gok-" + System.nanoTime();
        login(name, secretGuess, newClient(), null);
        login("niemand-" + System.nanoTime(), secretGuess, newClient(), null);
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        statusOf(analist.authorize(HttpRequest.GET("/api/admin/users")));
        statusOf(HttpRequest.GET("/api/admin/users"));

        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT username, action, target, outcome FROM audit_log ORDER BY id DESC LIMIT 50");
             ResultSet rows = query.executeQuery()) {
            List<String> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getInt(4));
            }
            String all = String.join("\n", entries);
            assertTrue(all.contains(name + " LOGIN /api/admin/login 401"), all);
            assertTrue(all.contains(SecurityAudit.UNKNOWN_ACCOUNT + " LOGIN /api/admin/login 401"), all);
            assertTrue(all.contains("GET /api/admin/users 403"), all);
            assertTrue(all.contains(SecurityAudit.NOT_SIGNED_IN + " GET /api/admin/users 401"), all);
            assertFalse(all.contains(secretGuess), "no password in the audit log");
            assertFalse(all.contains("niemand-"), "no name that is not an account");
        }
    }

    private HttpResponse<?> login(String username, String password, String fromClient, String device) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/admin/login", Map.of("username", username, "password", password))
                .header("X-Forwarded-For", fromClient);
        if (device != null) {
            request.cookie(Cookie.of(KnownDevices.COOKIE, device));
        }
        try {
            return client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private int statusOf(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    /** Status and title: what a client can tell apart. */
    private static String answer(HttpResponse<?> response) {
        String body = response.getBody(String.class).orElse("");
        int at = body.indexOf("\"title\":\"");
        String title = at < 0 ? "" : body.substring(at + 9, body.indexOf('"', at + 9));
        return response.code() + " " + title + " " + response.getHeaders().contains("Retry-After");
    }

    private static String deviceCookie(HttpResponse<?> response) {
        return response.getCookie(KnownDevices.COOKIE).orElseThrow().getValue();
    }

    private static String newClient() {
        int n = NEXT_CLIENT.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
