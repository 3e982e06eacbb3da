package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsersApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminUserRepository users;
    @Inject
    AdminUserRoleRepository roles;

    @Inject
    AdminLogin adminLogin;
    AdminLogin.Session beheerder;

    @BeforeAll
    void setUp() {
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
    }

    @Test
    void beheerderAddsAnAccountThatCanLogInAndListsItWithoutAHash() {
        String name = "lid-" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, Object> created = send(HttpRequest.POST("/api/admin/users",
                Map.of("username", name, "password", "een lange zin als wachtwoord", "roles", List.of("analist"))));

        assertEquals(List.of("ANALIST"), created.get("roles"));
        adminLogin.logIn(name, "een lange zin als wachtwoord");
        String listed = client.toBlocking().retrieve(beheerder.withoutCsrf(HttpRequest.GET("/api/admin/users")));
        assertTrue(listed.contains(name));
        assertFalse(listed.toLowerCase().contains("hash") || listed.contains("$2"), "no password hash leaves the server");
    }

    @Test
    void refusesShortPasswordsAndTakenNamesInDutch() {
        String taken = adminLogin.createUser("bezet-" + UUID.randomUUID(), Role.KRAAM).username();

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> send(HttpRequest.POST(
                "/api/admin/users", Map.of("username", taken, "password", "kort", "roles", List.of("KRAAM")))));

        assertEquals(400, e.getStatus().getCode());
        String problem = e.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("minstens 12 tekens"), problem);
    }

    @Test
    void changesRolesAndDeactivationEndsTheSessionsOfThatAccount() {
        String name = "uit-" + UUID.randomUUID().toString().substring(0, 8);
        long id = adminLogin.createUser(name, Role.KRAAM).id();
        AdminLogin.Session theirs = adminLogin.logIn(name, AdminLogin.PASSWORD);

        Map<String, Object> changed = send(HttpRequest.PUT("/api/admin/users/" + id + "/roles",
                Map.of("roles", List.of("FACILITATOR", "KRAAM"))));
        assertEquals(List.of("FACILITATOR", "KRAAM"), changed.get("roles"));

        Map<String, Object> off = send(HttpRequest.POST("/api/admin/users/" + id + "/deactivate", Map.of()));
        assertEquals(Boolean.FALSE, off.get("active"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(theirs.withoutCsrf(HttpRequest.GET("/api/admin/me"))));
        assertEquals(401, e.getStatus().getCode());
    }

    @Test
    void aDeactivatedAccountCanBeSwitchedOnAgainAndSignIn() {
        String name = "weer-" + UUID.randomUUID().toString().substring(0, 8);
        long id = adminLogin.createUser(name, Role.ANALIST).id();
        send(HttpRequest.POST("/api/admin/users/" + id + "/deactivate", Map.of()));
        assertThrows(HttpClientResponseException.class, () -> adminLogin.logIn(name, AdminLogin.PASSWORD));

        Map<String, Object> on = send(HttpRequest.POST("/api/admin/users/" + id + "/activate", Map.of()));

        assertEquals(Boolean.TRUE, on.get("active"));
        adminLogin.logIn(name, AdminLogin.PASSWORD);
    }

    @Test
    void aNewPasswordEndsOldSessionsAndWorksForTheNextLogin() {
        String name = "ww-" + UUID.randomUUID().toString().substring(0, 8);
        long id = adminLogin.createUser(name, Role.ANALIST).id();
        AdminLogin.Session old = adminLogin.logIn(name, AdminLogin.PASSWORD);

        HttpClientResponseException tooShort = assertThrows(HttpClientResponseException.class,
                () -> send(HttpRequest.POST("/api/admin/users/" + id + "/password", Map.of("password", "elf tekens!"))));
        assertEquals(400, tooShort.getStatus().getCode());
        send(HttpRequest.POST("/api/admin/users/" + id + "/password", Map.of("password", "nieuw wachtwoord van nu")));

        assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(old.withoutCsrf(HttpRequest.GET("/api/admin/me"))));
        adminLogin.logIn(name, "nieuw wachtwoord van nu");
    }

    @Test
    void aBeheerderCannotSwitchThemselvesOff() {
        String name = "zelf-" + UUID.randomUUID().toString().substring(0, 8);
        long id = adminLogin.createUser(name, Role.BEHEERDER).id();
        AdminLogin.Session self = adminLogin.logIn(name, AdminLogin.PASSWORD);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                self.authorize(HttpRequest.POST("/api/admin/users/" + id + "/deactivate", Map.of()))));
        assertEquals(400, e.getStatus().getCode());
    }

    private Map<String, Object> send(io.micronaut.http.MutableHttpRequest<?> request) {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(beheerder.authorize(request),
                Argument.mapOf(String.class, Object.class));
        return response.body();
    }
}
