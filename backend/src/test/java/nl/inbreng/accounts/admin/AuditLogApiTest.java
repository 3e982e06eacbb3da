package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditLogApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AdminLogin adminLogin;

    @Test
    void beheerderReadsWhoDidWhatAndWhen() {
        String analystName = "analist-" + System.nanoTime();
        adminLogin.createUser(analystName, Role.ANALIST);
        AdminLogin.Session analyst = adminLogin.logIn(analystName, AdminLogin.PASSWORD);
        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/logout", "")));

        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);
        List<Map<String, Object>> entries = client.toBlocking().retrieve(
                beheerder.authorize(HttpRequest.GET("/api/admin/audit?size=500")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        Map<String, Object> entry = entries.stream().filter(e -> analystName.equals(e.get("username")))
                .findFirst().orElseThrow();
        assertEquals("POST", entry.get("action"));
        assertEquals("/api/admin/logout", entry.get("target"));
        assertTrue(entry.get("actedAt") != null);
    }

    @Test
    void filtersOnUserKindOfCallPathAndPeriod() {
        String analystName = "filter-" + System.nanoTime();
        adminLogin.createUser(analystName, Role.ANALIST);
        AdminLogin.Session analyst = adminLogin.logIn(analystName, AdminLogin.PASSWORD);
        client.toBlocking().exchange(analyst.withoutCsrf(HttpRequest.GET("/api/admin/exports/submissions.csv?theme=1.1")));
        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/logout", "")));
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);

        List<Map<String, Object>> all = audit(beheerder, "?user=" + analystName);
        List<Map<String, Object>> exports = audit(beheerder, "?user=" + analystName + "&target=/exports&action=get");
        String today = java.time.LocalDate.now().toString();
        List<Map<String, Object>> onlyToday = audit(beheerder, "?user=" + analystName + "&from=" + today + "&to=" + today);
        List<Map<String, Object>> yesterday = audit(beheerder, "?user=" + analystName + "&to="
                + java.time.LocalDate.now().minusDays(1));

        // the sign-in is audited too (ADR 0118)
        assertEquals(List.of("/api/admin/logout", "/api/admin/exports/submissions.csv?theme=1.1", "/api/admin/login"),
                all.stream().map(e -> e.get("target")).toList(), "newest first, only this user");
        assertEquals(List.of("/api/admin/exports/submissions.csv?theme=1.1"), exports.stream().map(e -> e.get("target")).toList());
        assertEquals(3, onlyToday.size());
        assertEquals(List.of(), yesterday);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsInDutch() {
        AdminLogin.Session beheerder = adminLogin.signInAs(Role.BEHEERDER);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> audit(beheerder,
                "?from=2027-03-02&to=2027-03-01"));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("einddatum"));
    }

    private List<Map<String, Object>> audit(AdminLogin.Session session, String query) {
        return client.toBlocking().retrieve(session.withoutCsrf(HttpRequest.GET("/api/admin/audit" + query)),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void onlyBeheerdersMayReadIt() {
        AdminLogin.Session analyst = adminLogin.signInAs(Role.ANALIST);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(analyst.authorize(HttpRequest.GET("/api/admin/audit"))));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }
}
