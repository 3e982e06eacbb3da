package nl.inbreng.accounts.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.inbreng.accounts.DeclaredOwner;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.Role;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenant isolation over every admin route (ADR 0170), found at run time like {@link AuthorisationMatrixTest}, so a new
 * route is covered without editing this test. Gemeenten A and B each have areas, a round, inputs, a thematafel, a stall
 * day, an organisation, a clustering and a beheerder of their own; every text of B carries one made-up word. An account
 * of A with every role never meets that word or B's ids: not by id (404, the same answer as for an id that does not
 * exist), not by search or facet counts, not in exports, reports, lists or the audit log, not through a query
 * parameter or a body that names B's things.
 */
class CrossTenantAuthorisationTest extends RealDatabaseTest {

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final Role[] EVERY_ROLE = Role.values();
    /** Far beyond any id this run creates. */
    private static final long FREE_ID = 987_654_321_987L;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Router router;
    @Inject
    AdminLogin login;
    @Inject
    GemeenteRepository gemeenten;
    @Inject
    AreaRepository areas;
    @Inject
    IndexOutboxWorker worker;

    /** The made-up word in every text of B; lower case letters only, so no analysis or casing changes it. */
    final String markerB = "qzv" + letters(9);
    final String markerA = "qza" + letters(9);
    Tenant a;
    Tenant b;

    /** One gemeente with its things and an account of it that holds every role. */
    static final class Tenant {
        Gemeente gemeente;
        Area area;
        AdminLogin.Session session;
        long userId;
        long round;
        long table;
        long kraammoment;
        long clustering;
        final List<Long> submissions = new ArrayList<>();
        final Map<Owner, Long> ids = new EnumMap<>(Owner.class);
    }

    @BeforeAll
    void twoGemeentenWithDataEach() {
        a = tenant(login, "a", markerA);
        b = tenant(login, "b", markerB);
        worker.awaitCaughtUp();
        // Each clusters its own inputs, after the index has them.
        a.clustering = cluster(a);
        b.clustering = cluster(b);
        for (Tenant t : List.of(a, b)) {
            t.ids.put(Owner.CLUSTERING, t.clustering);
        }
    }

    private Tenant tenant(AdminLogin login, String letter, String marker) {
        Tenant t = new Tenant();
        t.gemeente = gemeenten.save(new Gemeente(null, "ct-" + letter + "-" + marker, "Gemeente " + marker, 30_000));
        t.area = areas.save(new Area(null, t.gemeente.id(), "wijk-" + marker, "Wijk " + marker, Area.AreaKind.WIJK,
                4_000, 0));
        t.userId = login.createUser("beheer-" + marker, List.of(t.gemeente.id()), EVERY_ROLE).id();
        t.session = login.logIn("beheer-" + marker, AdminLogin.PASSWORD);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        t.round = id(send(t, HttpRequest.POST("/api/admin/rounds", Map.of("slug", "ronde-" + marker,
                "title", "Ronde " + marker, "doelgroep", "IEDEREEN", "intro", "Ronde van " + marker,
                "opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(30).toString(), "byInvitation", false,
                "themeCodes", List.of()))));
        send(t, HttpRequest.POST("/api/admin/rounds/" + t.round + "/invitations", Map.of("name", "Wijkraad " + marker,
                "kind", "WIJKRAAD", "contactName", "Secretaris " + marker)));
        LocalDateTime start = now.plusDays(10).withHour(19).withMinute(0).withSecond(0);
        t.table = id(send(t, HttpRequest.POST("/api/admin/tables", Map.of("title", "Tafel " + marker,
                "place", "Zaal " + marker, "capacity", 12, "startsAt", start.toString(),
                "endsAt", start.plusHours(2).toString(), "themeCodes", List.of("3.1"), "facilitator", "Leider " + marker,
                "roundId", t.round))));
        t.kraammoment = id(send(t, HttpRequest.POST("/api/admin/kraammomenten", Map.of("name", "Markt " + marker,
                "place", "Plein " + marker, "date", now.toLocalDate().plusDays(3).toString(),
                "gemeenteCode", t.gemeente.code()))));
        String[] texts = {
                "Bij de %s straat rijden scooters veel te hard over het fietspad, kinderen kunnen niet veilig oversteken.",
                "In het park bij de %s vijver hangen 's avonds jongeren rond die drugs dealen en overlast geven.",
                "De verlichting langs de %s laan is kapot, ik voel me daar 's avonds niet veilig als ik naar huis loop.",
                "Op de %s markt wordt ingebroken in fietsenstallingen, bel mij gerust op 06-12345678 voor meer."};
        for (String text : texts) {
            Map<String, Object> given = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/submissions",
                    Map.of("themeCodes", List.of("1.3"), "problem", String.format(text, marker),
                            "solution", "Meer toezicht bij de " + marker, "respondentType", "INWONER",
                            "areaCode", t.area.code(), "roundId", t.round)), JSON);
            t.submissions.add(id(given));
        }
        t.ids.put(Owner.GEMEENTE, t.gemeente.id());
        t.ids.put(Owner.SUBMISSION, t.submissions.get(0));
        t.ids.put(Owner.ROUND, t.round);
        t.ids.put(Owner.TABLE_SESSION, t.table);
        t.ids.put(Owner.KRAAMMOMENT, t.kraammoment);
        t.ids.put(Owner.AREA, t.area.id());
        t.ids.put(Owner.ADMIN_USER, t.userId);
        return t;
    }

    private long cluster(Tenant t) {
        return id(send(t, HttpRequest.POST("/api/admin/clusterings", Map.of("filter", Map.of("round", t.round)))));
    }

    @Test
    void everyAdminRouteWithAnIdAnswersBsIdsAsIfTheyDidNotExist() {
        List<String> wrong = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : adminRoutes()) {
            String template = route.getUriMatchTemplate().toString();
            if (!template.contains("{id}")) {
                continue;
            }
            String name = route.getHttpMethod() + " " + template;
            var owner = DeclaredOwner.of(route.getAnnotationMetadata());
            if (owner.isEmpty()) {
                wrong.add(name + ": declares no @OwnedBy for its {id}");
                continue;
            }
            Answer ofB = call(a, route.getHttpMethod(), path(template, b.ids.get(owner.get())));
            Answer free = call(a, route.getHttpMethod(), path(template, FREE_ID));
            if (ofB.status() != 404) {
                wrong.add(name + " with B's id: expected 404, got " + ofB.status());
            }
            if (ofB.status() != free.status() || !ofB.body().equals(free.body())) {
                wrong.add(name + ": B's id answers otherwise than an id that does not exist");
            }
            if (ofB.contains(markerB)) {
                wrong.add(name + " with B's id shows B's data");
            }
            // Sanity: the account of B does reach it (a 404 for everybody would prove nothing).
            if (route.getHttpMethod() == HttpMethod.GET && call(b, HttpMethod.GET, path(template, b.ids.get(owner.get())))
                    .status() == 404) {
                wrong.add(name + ": B's own account does not find B's id either");
            }
        }
        assertTrue(wrong.isEmpty(), () -> "Routes that let A reach B by id:\n" + String.join("\n", wrong));
    }

    @Test
    void everyAdminRouteWithoutAnIdShowsNothingOfB() {
        List<String> wrong = new ArrayList<>();
        Set<String> bSeesItself = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : adminRoutes()) {
            String template = route.getUriMatchTemplate().toString();
            if (template.contains("{")
                    && !template.replaceAll("\\{[?&][^}]*}", "").equals(template.replaceAll("\\{[^}]*}", ""))) {
                continue; // a path variable: the test above
            }
            String path = template.replaceAll("\\{[?&][^}]*}", "");
            String name = route.getHttpMethod() + " " + path;
            for (String query : List.of("", "?round=" + a.round)) {
                Answer answer = call(a, route.getHttpMethod(), path + query);
                if (answer.contains(markerB)) {
                    wrong.add(name + query + " shows B's data");
                }
                if (answer.status() >= 500) {
                    wrong.add(name + query + " failed with " + answer.status());
                }
            }
            Answer namingB = call(a, route.getHttpMethod(), path + "?round=" + b.round);
            if (namingB.status() != 404 || namingB.contains(markerB)) {
                wrong.add(name + "?round=<B's round>: expected 404, got " + namingB.status());
            }
            if (route.getHttpMethod() == HttpMethod.GET
                    && (call(b, HttpMethod.GET, path).contains(markerB)
                    || call(b, HttpMethod.GET, path + "?round=" + b.round).contains(markerB))) {
                bSeesItself.add(path);
            }
        }
        assertTrue(wrong.isEmpty(), () -> "Routes that show A something of B:\n" + String.join("\n", wrong));
        // Sanity: B's data is there to be leaked on the screens that show such data at all.
        assertTrue(bSeesItself.containsAll(List.of("/api/admin/submissions", "/api/admin/exports/submissions.csv",
                "/api/admin/exports/submissions.xlsx", "/api/admin/rounds", "/api/admin/tables", "/api/admin/kraammomenten",
                "/api/admin/areas", "/api/admin/users", "/api/admin/insight/options", "/api/admin/dashboard",
                "/api/admin/redaction-review", "/api/admin/audit", "/api/admin/reports/opbrengsten.pdf")),
                () -> "B sees itself on " + bSeesItself);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchAndFacetCountsOfACountOnlyAsInputs() {
        Map<String, Object> all = send(a, HttpRequest.GET("/api/admin/submissions?size=200"));
        Map<String, Object> words = send(a, HttpRequest.GET("/api/admin/submissions?q=scooters&size=200"));

        assertEquals(a.submissions.size(), ((Number) all.get("total")).intValue(), "exactly A's inputs");
        Map<String, Map<String, Number>> facets = (Map<String, Map<String, Number>>) all.get("facets");
        assertEquals(Set.of(a.area.code()), facets.get("area").keySet());
        assertEquals(a.submissions.size(), facets.get("theme").get("1.3").intValue());
        assertEquals(1, ((Number) words.get("total")).intValue(), "B's input about scooters is not found");
        assertEquals(0, ((Number) send(a, HttpRequest.GET("/api/admin/submissions?q=" + markerB)).get("total")).intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void bodiesThatNameBsThingsAreRefusedOrCountNothingOfB() {
        Answer bulk = call(a, HttpMethod.POST, "/api/admin/submissions/bulk",
                Map.of("ids", List.of(a.submissions.get(3), b.submissions.get(3)), "action", "HIDE", "reasonCode", "OFF_TOPIC"));
        assertEquals(404, bulk.status(), "one id of B spoils the whole bulk action");
        Answer merge = call(a, HttpMethod.POST, "/api/admin/submissions/" + a.submissions.get(2) + "/merge",
                Map.of("ids", List.of(b.submissions.get(2))));
        assertEquals(404, merge.status());
        Answer weight = call(a, HttpMethod.PUT, "/api/admin/prioritisation/weights", Map.of("round", b.round,
                "themeCode", "1.3", "weight", 1.5, "reason", "Staat hoog op de lijst van de raad"));
        assertEquals(404, weight.status());
        Answer clusterB = call(a, HttpMethod.POST, "/api/admin/clusterings", Map.of("filter", Map.of("round", b.round)));
        assertEquals(404, clusterB.status());
        Map<String, Object> clusterAll = send(a, HttpRequest.POST("/api/admin/clusterings", Map.of("filter", Map.of())));
        List<Long> clustered = ((List<Map<String, Object>>) clusterAll.get("clusters")).stream()
                .flatMap(cluster -> ((List<Number>) cluster.get("memberIds")).stream()).map(Number::longValue).toList();
        assertEquals(Set.copyOf(a.submissions), Set.copyOf(clustered), "A's inputs, and only those, are clustered");
        Answer table = call(a, HttpMethod.POST, "/api/admin/tables", Map.of("title", "Tafel", "place", "Zaal",
                "capacity", 5, "startsAt", LocalDateTime.now().plusDays(5).withNano(0).toString(),
                "endsAt", LocalDateTime.now().plusDays(5).plusHours(1).withNano(0).toString(), "themeCodes", List.of("3.1"),
                "roundId", b.round));
        assertEquals(400, table.status(), "B's round is not on A's list");
        Answer account = call(a, HttpMethod.POST, "/api/admin/users", Map.of("username", "naar-b-" + letters(6),
                "password", "een lange zin als wachtwoord", "roles", List.of("ANALIST"), "gemeenten",
                List.of(b.gemeente.code())));
        assertEquals(400, account.status());
        // B's inputs are untouched: B still finds all four, none hidden.
        assertEquals(b.submissions.size(), ((Number) send(b, HttpRequest.GET("/api/admin/submissions")).get("total")).intValue());
    }

    @Test
    void aReportOfAsRoundHoldsNothingOfB() {
        for (String report : List.of("/api/admin/reports/opbrengsten.pdf", "/api/admin/reports/opbrengsten.docx")) {
            Answer own = call(a, HttpMethod.GET, report + "?round=" + a.round);
            assertEquals(200, own.status(), report);
            assertTrue(own.contains(markerA), report + " of A's round shows A's inputs");
            assertFalse(own.contains(markerB), report);
            assertEquals(404, call(a, HttpMethod.GET, report + "?round=" + b.round + "&clusteringId=" + b.clustering).status());
            assertEquals(404, call(a, HttpMethod.GET, report + "?round=" + a.round + "&clusteringId=" + b.clustering).status());
        }
    }

    // ---- helpers

    private List<UriRouteInfo<?, ?>> adminRoutes() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/admin"))
                .filter(route -> !route.getUriMatchTemplate().toString().equals("/api/admin/login"))
                .filter(route -> !route.getUriMatchTemplate().toString().equals("/api/admin/logout"))
                .<UriRouteInfo<?, ?>>map(route -> route)
                .toList();
        assertFalse(routes.isEmpty());
        return routes;
    }

    /** The template with query parts gone, {id} as given and any nested id ({clusterId}, …) as 1. */
    private static String path(String template, long id) {
        return template.replaceAll("\\{[?&][^}]*}", "").replace("{id}", Long.toString(id)).replaceAll("\\{[^}]*}", "1");
    }

    record Answer(int status, String body) {
        boolean contains(String marker) {
            return body.toLowerCase(Locale.ROOT).contains(marker);
        }
    }

    private Answer call(Tenant t, HttpMethod method, String path) {
        return call(t, method, path, STATE_CHANGING.contains(method) ? Map.of() : null);
    }

    private Answer call(Tenant t, HttpMethod method, String path, Object body) {
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (body != null) {
            request.body(body);
        }
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(t.session.authorize(request), byte[].class);
            return new Answer(response.code(), readable(response.body(), response.getContentType()
                    .map(Object::toString).orElse("")));
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    /** The text of an answer: JSON and CSV as they are, spreadsheets and documents unpacked, PDFs as their text. */
    private static String readable(byte[] body, String contentType) {
        if (body == null) {
            return "";
        }
        try {
            if (contentType.contains("pdf")) {
                try (PDDocument document = Loader.loadPDF(body)) {
                    return new PDFTextStripper().getText(document);
                }
            }
            if (contentType.contains("openxmlformats")) {
                // Through the central directory: a streamed entry may carry its size only after its data.
                Path file = Files.createTempFile("answer", ".zip");
                try {
                    Files.write(file, body);
                    StringBuilder text = new StringBuilder();
                    try (ZipFile zip = new ZipFile(file.toFile())) {
                        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                            text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                                    .append('\n');
                        }
                    }
                    return text.toString();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private Map<String, Object> send(Tenant t, MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(t.session.authorize(request), JSON).body();
    }

    private static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
