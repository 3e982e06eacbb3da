package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
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

/** Accounts belong to gemeenten (ADR 0170): who may hand out which gemeente and role, and who sees which account. */
class AccountsBelongToGemeentenTest extends RealDatabaseTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin login;
    @Inject
    GemeenteRepository gemeenten;

    Gemeente a;
    Gemeente b;
    AdminLogin.Session beheerderOfA;
    AdminLogin.Session installatiebeheerder;

    @BeforeAll
    void setUp() {
        a = gemeenten.save(new Gemeente(null, "acc-a-" + suffix(), "Aadorp", null));
        b = gemeenten.save(new Gemeente(null, "acc-b-" + suffix(), "Beekdal", null));
        beheerderOfA = login.signInAsIn(List.of(a.id()), Role.BEHEERDER);
        installatiebeheerder = login.signInAs(Role.BEHEERDER, Role.INSTALLATIEBEHEERDER);
    }

    @Test
    void anAccountMadeByABeheerderOfABelongsToAAndSignsInSeeingA() {
        String name = "lid-a-" + suffix();

        Map<String, Object> created = send(beheerderOfA, HttpRequest.POST("/api/admin/users",
                Map.of("username", name, "password", PASSWORD, "roles", List.of("ANALIST"))));

        assertEquals(List.of(a.code()), created.get("gemeenten"));
        assertEquals(false, created.get("wholeInstallation"));
        Map<String, Object> me = send(login.logIn(name, PASSWORD), HttpRequest.GET("/api/admin/me"));
        assertEquals(List.of(a.code()), me.get("gemeenten"));
    }

    @Test
    void aBeheerderOfAHandsOutNeitherBNorTheInstallationRole() {
        HttpClientResponseException gemeenteB = assertThrows(HttpClientResponseException.class, () -> send(beheerderOfA,
                HttpRequest.POST("/api/admin/users", Map.of("username", "lid-b-" + suffix(), "password", PASSWORD,
                        "roles", List.of("ANALIST"), "gemeenten", List.of(b.code())))));
        assertEquals(400, gemeenteB.getStatus().getCode());
        assertTrue(body(gemeenteB).contains("\"field\":\"gemeenten\""));

        HttpClientResponseException role = assertThrows(HttpClientResponseException.class, () -> send(beheerderOfA,
                HttpRequest.POST("/api/admin/users", Map.of("username", "lid-i-" + suffix(), "password", PASSWORD,
                        "roles", List.of("BEHEERDER", "INSTALLATIEBEHEERDER")))));
        assertEquals(400, role.getStatus().getCode());
        assertTrue(body(role).contains("installatiebeheerder"));

        HttpClientResponseException whole = assertThrows(HttpClientResponseException.class, () -> send(beheerderOfA,
                HttpRequest.POST("/api/admin/users", Map.of("username", "lid-w-" + suffix(), "password", PASSWORD,
                        "roles", List.of("ANALIST"), "wholeInstallation", true))));
        assertEquals(400, whole.getStatus().getCode());
    }

    @Test
    void aBeheerderOfASeesOnlyAccountsOfAAndCannotReachOthersById() {
        String ofB = "alleen-b-" + suffix();
        long idOfB = login.createUser(ofB, List.of(b.id()), Role.ANALIST).id();
        String ofBoth = "a-en-b-" + suffix();
        login.createUser(ofBoth, List.of(a.id(), b.id()), Role.ANALIST);
        String ofA = "alleen-a-" + suffix();
        login.createUser(ofA, List.of(a.id()), Role.ANALIST);

        String listed = client.toBlocking().retrieve(beheerderOfA.withoutCsrf(HttpRequest.GET("/api/admin/users")));

        assertTrue(listed.contains(ofA));
        assertFalse(listed.contains(ofB), "an account of B");
        assertFalse(listed.contains(ofBoth), "an account of A and B: it also works for B");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> send(beheerderOfA,
                HttpRequest.POST("/api/admin/users/" + idOfB + "/password", Map.of("password", PASSWORD))));
        assertEquals(404, e.getStatus().getCode(), "an account of B answers as if it did not exist");
    }

    @Test
    void theInstallatiebeheerderAddsAGemeenteWithItsFirstBeheerder() {
        String code = "nieuw-" + suffix();
        Map<String, Object> gemeente = send(installatiebeheerder, HttpRequest.POST("/api/admin/gemeenten",
                Map.of("code", code, "name", "Nieuwdorp", "host", code + ".inbreng.example")));
        String beheerder = "eerste-" + suffix();

        Map<String, Object> account = send(installatiebeheerder, HttpRequest.POST(
                "/api/admin/gemeenten/" + gemeente.get("id") + "/beheerders",
                Map.of("username", beheerder, "password", PASSWORD)));

        assertEquals(List.of("BEHEERDER"), account.get("roles"));
        assertEquals(List.of(code), account.get("gemeenten"));
        Map<String, Object> me = send(login.logIn(beheerder, PASSWORD), HttpRequest.GET("/api/admin/me"));
        assertEquals(List.of(code), me.get("gemeenten"));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> send(beheerderOfA, HttpRequest.GET("/api/admin/gemeenten")));
        assertEquals(403, refused.getStatus().getCode(), "a beheerder of one gemeente does not manage the installation");
    }

    @Test
    void aGemeenteNeedsAFreeCodeANameAndAPlainHostName() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> send(installatiebeheerder,
                HttpRequest.POST("/api/admin/gemeenten", Map.of("code", a.code(), "name", " ",
                        "host", "https://x.nl/pad"))));

        assertEquals(400, e.getStatus().getCode());
        String problem = body(e);
        assertTrue(problem.contains("\"field\":\"code\"") && problem.contains("\"field\":\"name\"")
                && problem.contains("\"field\":\"host\""), problem);
    }

    private Map<String, Object> send(AdminLogin.Session session, MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(session.authorize(request), Argument.mapOf(String.class, Object.class)).body();
    }

    private static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
