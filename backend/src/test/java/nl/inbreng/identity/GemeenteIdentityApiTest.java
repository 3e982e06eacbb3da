package nl.inbreng.identity;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.common.Problem;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A beheerder gives the portal the gemeente's name, house style, contact details and logo; every page shows them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GemeenteIdentityApiTest extends RealDatabaseTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    @Inject
    GemeenteRepository gemeenten;

    private AdminLogin.Session beheerder;
    private AdminLogin.Session analyst;

    @BeforeAll
    void setUp() {
        gemeenten.save(new Gemeente(null, "lindenhoeve", "Lindenhoeve", 20_000));
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
        analyst = adminLogin.signInAs(Role.ANALIST);
    }

    private Map<String, Object> identity() {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/v1/identity"), Argument.mapOf(String.class, Object.class));
    }

    private static Map<String, Object> settings() {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "Gemeente Lindenhoeve");
        body.put("planTitle", "Veiligheidsplan 2027–2030");
        body.put("colorPrimary", "#8a1538");
        body.put("phone", "14 0123");
        body.put("privacyOfficerEmail", "fg@lindenhoeve.example.nl");
        return body;
    }

    @Test
    @Order(1)
    void namesTheGemeenteBeforeAnythingIsSet() {
        assertEquals("Gemeente Lindenhoeve", identity().get("name"));
        assertEquals("NEUTRAAL", identity().get("tokenSet"));
    }

    @Test
    @Order(2)
    void refusesAColourThatMakesTextUnreadable() {
        Map<String, Object> body = settings();
        body.put("colorPrimary", "#ffd700");

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/identity", body))));

        assertEquals(400, refused.getStatus().getCode());
        assertEquals("colorPrimary", refused.getResponse().getBody(Problem.class).orElseThrow().errors().get(0).field());
    }

    @Test
    @Order(3)
    void onlyABeheerderChangesTheIdentity() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(analyst.authorize(HttpRequest.PUT("/api/admin/identity", settings()))));

        assertEquals(403, refused.getStatus().getCode());
    }

    @Test
    @Order(4)
    void everyPageCarriesTheNameTitleAndHouseStyle() {
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/identity", settings())));

        Map<String, Object> shown = identity();
        assertEquals("Gemeente Lindenhoeve", shown.get("name"));
        assertEquals("#8a1538", ((Map<?, ?>) shown.get("colours")).get("primary"));
        assertEquals("fg@lindenhoeve.example.nl", ((Map<?, ?>) shown.get("contact")).get("privacyOfficerEmail"));

        String page = client.toBlocking().retrieve(HttpRequest.GET("/inbreng"));
        assertTrue(page.contains("<title>Veiligheidsplan 2027–2030 – Gemeente Lindenhoeve</title>"), page);
        assertTrue(page.contains("<script id=\"inbreng-identity\" type=\"application/json\">"), page);
        assertTrue(page.contains("fg@lindenhoeve.example.nl"), "the statements' contact details are in the page");
    }

    @Test
    @Order(5)
    void aPublishedTokenSetIsLoadedOnlyWhenChosen() {
        Map<String, Object> body = settings();
        body.put("tokenSet", "UTRECHT");
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/identity", body)));

        assertTrue(client.toBlocking().retrieve(HttpRequest.GET("/")).contains("<link rel=\"stylesheet\" href=\"/themes/utrecht.css\">"));
        HttpResponse<String> tokens = client.toBlocking().exchange(HttpRequest.GET("/themes/utrecht.css"), String.class);
        assertTrue(tokens.body().contains("--utrecht-button-primary-action-background-color"));

        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/identity", settings())));
        assertTrue(!client.toBlocking().retrieve(HttpRequest.GET("/")).contains("/themes/utrecht.css"));
    }

    @Test
    @Order(6)
    void refusesAnSvgLogoThatCarriesScript() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/identity/logo", svg)
                        .contentType("image/svg+xml"))));

        assertEquals(400, refused.getStatus().getCode());
    }

    @Test
    @Order(7)
    void servesTheUploadedLogoSandboxed() {
        client.toBlocking().exchange(beheerder.authorize(HttpRequest.PUT("/api/admin/identity/logo", PNG)
                .contentType(MediaType.IMAGE_PNG_TYPE)));

        String logoUrl = (String) identity().get("logoUrl");
        assertTrue(logoUrl.startsWith("/api/v1/identity/logo?v="), logoUrl);
        HttpResponse<byte[]> logo = client.toBlocking().exchange(HttpRequest.GET(logoUrl), byte[].class);
        assertArrayEquals(PNG, logo.body());
        assertEquals("image/png", logo.getContentType().orElseThrow().toString());
        assertTrue(logo.getHeaders().get("Content-Security-Policy").contains("sandbox"));
    }

    @Test
    @Order(8)
    void answersFaviconAndAppIcons() {
        for (String icon : new String[] {"/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/site.webmanifest"}) {
            assertEquals(200, client.toBlocking().exchange(HttpRequest.GET(icon), byte[].class).getStatus().getCode(), icon);
        }
    }
}
