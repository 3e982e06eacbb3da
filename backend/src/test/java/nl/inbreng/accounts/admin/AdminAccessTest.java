package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminAccessTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AdminUserRoleRepository roles;

    @Inject
    AdminLogin adminLogin;

    @Inject
    AdminSessions sessions;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.test.guard-probes", "true");
    }

    private HttpStatus statusOf(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).status();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    @Test
    void loginAnswersWithRolesCsrfTokenAndAStrictHttpOnlyCookie() {
        String username = "analist-cookie-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST, Role.FACILITATOR);

        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/admin/login", Map.of("username", username, "password", AdminLogin.PASSWORD)),
                Argument.mapOf(String.class, Object.class));

        assertEquals(username, response.body().get("username"));
        assertEquals(List.of("ANALIST", "FACILITATOR"), response.body().get("roles"));
        assertTrue(((String) response.body().get("csrfToken")).length() >= 20);
        String setCookie = response.getHeaders().get("Set-Cookie").toLowerCase(java.util.Locale.ROOT);
        assertTrue(setCookie.contains("; httponly"), setCookie);
        assertTrue(setCookie.contains("; samesite=strict"), setCookie);
        assertTrue(setCookie.contains("; secure"), setCookie);
    }

    @Test
    void wrongPasswordIsRefusedWithADutchMessage() {
        String username = "fout-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST);

        HttpClientResponseException failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/admin/login", Map.of("username", username, "password", "verkeerd"))));

        assertEquals(HttpStatus.UNAUTHORIZED, failure.getStatus());
        assertTrue(failure.getResponse().getBody(String.class).orElseThrow().contains("Inloggen is niet gelukt"));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInEvenWhenUsedAllTheTime() throws Exception {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        assertEquals(HttpStatus.OK, statusOf(analist.authorize(HttpRequest.GET("/api/admin/me"))));
        try (java.sql.Connection connection = nl.inbreng.testing.TestDatabase.get().connect();
             java.sql.PreparedStatement age = connection.prepareStatement(
                     "UPDATE admin_session SET created_at = ?, last_seen_at = ? WHERE token_hash = ?")) {
            // signed in 12 h 1 min ago and active a moment ago: the idle limit alone would keep it open
            age.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusHours(12).minusMinutes(1)));
            age.setTimestamp(2, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusSeconds(30)));
            age.setString(3, nl.inbreng.common.Tokens.sha256(analist.cookie()));
            assertEquals(1, age.executeUpdate());
        }

        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(analist.authorize(HttpRequest.GET("/api/admin/me"))));
    }

    @Test
    void endedSessionsAreForgottenAndLiveOnesStay() throws Exception {
        AdminLogin.Session ended = adminLogin.signInAs(Role.ANALIST);
        AdminLogin.Session live = adminLogin.signInAs(Role.ANALIST);
        try (java.sql.Connection connection = nl.inbreng.testing.TestDatabase.get().connect()) {
            try (java.sql.PreparedStatement end = connection.prepareStatement(
                    "UPDATE admin_session SET expires_at = ? WHERE token_hash = ?")) {
                end.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(1)));
                end.setString(2, nl.inbreng.common.Tokens.sha256(ended.cookie()));
                assertEquals(1, end.executeUpdate());
            }

            sessions.forgetEnded();

            assertEquals(0, sessionRows(connection, ended), "the ended session's row is gone");
            assertEquals(1, sessionRows(connection, live));
        }
        assertEquals(HttpStatus.OK, statusOf(live.authorize(HttpRequest.GET("/api/admin/me"))));
    }

    private static int sessionRows(java.sql.Connection connection, AdminLogin.Session session) throws java.sql.SQLException {
        try (java.sql.PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM admin_session WHERE token_hash = ?")) {
            count.setString(1, nl.inbreng.common.Tokens.sha256(session.cookie()));
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void adminRoutesAnswer401WithoutASession() {
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(HttpRequest.GET("/api/admin/me")));
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(HttpRequest.GET("/api/admin/probe/beheer")));
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(HttpRequest.GET("/api/admin/probe/beheer")
                .cookie(io.micronaut.http.cookie.Cookie.of("INBRENG_ADMIN", "verzonnen-token"))));
    }

    @Test
    void adminRoutesAnswer403WithTheWrongRole() {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        assertEquals(HttpStatus.FORBIDDEN, statusOf(analist.authorize(HttpRequest.GET("/api/admin/probe/beheer"))));
        assertEquals(HttpStatus.OK, statusOf(analist.authorize(HttpRequest.GET("/api/admin/me"))));
    }

    @Test
    void stateChangingCallsNeedTheCsrfHeader() {
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);

        assertEquals(HttpStatus.FORBIDDEN, statusOf(beheerder.withoutCsrf(HttpRequest.POST("/api/admin/probe/beheer", ""))));
        assertEquals(HttpStatus.FORBIDDEN, statusOf(beheerder.withoutCsrf(HttpRequest.POST("/api/admin/probe/beheer", ""))
                .header("X-CSRF-Token", "geraden")));
        assertEquals(HttpStatus.OK, statusOf(beheerder.authorize(HttpRequest.POST("/api/admin/probe/beheer", ""))));
    }

    @Test
    void theRightRoleGetsInAndTheControllerKnowsWho() {
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);

        String body = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.GET("/api/admin/probe/beheer")));

        assertTrue(body.startsWith("gelezen door test-"), body);
    }

    @Test
    void aMethodsOwnRoleDeclarationReplacesItsControllersInsteadOfAddingToIt() {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);

        assertEquals(HttpStatus.OK, statusOf(analist.authorize(HttpRequest.GET("/api/admin/probe/werkgroep"))));
        assertEquals(HttpStatus.FORBIDDEN, statusOf(analist.authorize(HttpRequest.GET("/api/admin/probe/werkgroep/beheer"))));
        assertEquals(HttpStatus.OK, statusOf(beheerder.authorize(HttpRequest.GET("/api/admin/probe/werkgroep/beheer"))));
    }

    @Test
    void aRouteWithoutARoleDeclarationIsRefusedToEveryone() {
        AdminLogin.Session everything = adminLogin.signInAs(Role.values());

        assertEquals(HttpStatus.FORBIDDEN, statusOf(everything.authorize(HttpRequest.GET("/api/admin/probe/vergeten"))));
    }

    @Test
    void logoutEndsTheSession() {
        AdminLogin.Session analist = adminLogin.signInAs(Role.ANALIST);

        assertEquals(HttpStatus.NO_CONTENT, statusOf(analist.authorize(HttpRequest.POST("/api/admin/logout", ""))));
        assertEquals(HttpStatus.UNAUTHORIZED, statusOf(analist.authorize(HttpRequest.GET("/api/admin/me"))));
    }
}
