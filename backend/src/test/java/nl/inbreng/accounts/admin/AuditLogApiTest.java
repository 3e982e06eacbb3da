package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuditLogApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminUserRepository users;
    @Inject
    AdminUserRoleRepository roles;
    @Inject
    PasswordHasher hasher;

    AdminLogin adminLogin;

    @BeforeAll
    void setUp() {
        adminLogin = new AdminLogin(client, users, roles, hasher);
    }

    @Test
    void beheerderReadsWhoDidWhatAndWhen() {
        String analystName = "analist-" + System.nanoTime();
        adminLogin.createUser(analystName, Role.ANALIST);
        AdminLogin.Session analyst = adminLogin.logIn(analystName, AdminLogin.PASSWORD);
        client.toBlocking().exchange(analyst.authorize(HttpRequest.POST("/api/admin/logout", "")));

        AdminLogin.Session beheerder = adminLogin.as(Role.BEHEERDER);
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
    void onlyBeheerdersMayReadIt() {
        AdminLogin.Session analyst = adminLogin.as(Role.ANALIST);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(analyst.authorize(HttpRequest.GET("/api/admin/audit"))));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }
}
