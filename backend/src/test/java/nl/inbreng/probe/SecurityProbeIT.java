package nl.inbreng.probe;

import io.micronaut.http.HttpStatus;
import nl.inbreng.testing.RunningJar;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static nl.inbreng.testing.JsonFields.CSRF;
import static nl.inbreng.testing.JsonFields.ID;
import static nl.inbreng.testing.JsonFields.RECEIPT;
import static nl.inbreng.testing.JsonFields.TOTAL;
import static nl.inbreng.testing.JsonFields.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outside-in probe of issue 16, kept: the built jar is started as an operator starts it (demo content, MariaDB, a
 * bounded heap that ends the process when it runs out) and attacked the way the first probe did. Every route comes
 * from docs/api.md, so a new route is probed as soon as it is listed. Each probe sends from loopback addresses of its
 * own (127.x.y.z), which the server sees as different clients, so the limits per client stay out of each other's way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityProbeIT {

    private static final String ADMIN = "beheer";
    private static final String PASSWORD = "probe-wachtwoord-van-de-beheerder";
    private static final String OTHER_PASSWORD = "probe-wachtwoord-van-een-analist";
    /** Small on purpose: a heap that grows without end ends the process within seconds instead of after minutes. */
    private static final String HEAP = "-Xmx512m";
    private static final int RATE_BURST = 10;
    private static final int PAUSE_MILLIS = 300;
    private static final String UNKNOWN_ID = "987654321";
    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\":\"([^\"]*)\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\":\"([^\"]*)\"");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** English reason phrases: a problem answer titled with one of these was not written by us. */
    private static final Set<String> ENGLISH_TITLES = Arrays.stream(HttpStatus.values())
            .map(status -> status.getReason().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

    private final AtomicInteger nextClient = new AtomicInteger();
    private Path dataDir;
    private RunningJar jar;
    private Wire wire;
    private Wire.Session beheerder;
    private List<Route> routes;
    /** Path variables of things that exist in the demo content, by "segment/{name}". */
    private final Map<String, String> existing = new HashMap<>();

    record Route(String method, String template, String who) {
    }

    @BeforeAll
    void startTheJar() throws Exception {
        dataDir = Files.createTempDirectory("inbreng-probe");
        Map<String, String> environment = new HashMap<>();
        environment.put("INBRENG_DATA_DIR", dataDir.toString());
        // a schema of its own: the brute-force probes must not throttle the accounts of other tests on the same server
        environment.put("DATASOURCES_DEFAULT_URL", TestDatabase.get().newSchemaUrl());
        environment.put("DATASOURCES_DEFAULT_USERNAME", TestDatabase.get().username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", TestDatabase.get().password());
        environment.put("INBRENG_DEMO_DATA", "true");
        environment.put("INBRENG_ADMIN_USERNAME", ADMIN);
        environment.put("INBRENG_ADMIN_PASSWORD", PASSWORD);
        environment.put("INBRENG_RATE_LIMIT_BURST", Integer.toString(RATE_BURST));
        environment.put("INBRENG_RATE_LIMIT_PER_MINUTE", Integer.toString(RATE_BURST));
        environment.put("JAVA_TOOL_OPTIONS", HEAP + " -XX:+ExitOnOutOfMemoryError");
        jar = RunningJar.start("probe", environment);
        wire = new Wire(jar.port());
        beheerder = signIn(ADMIN, PASSWORD, "127.0.0.1");
        routes = routesFromTheApiDocs();
        findExistingThings();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (jar != null) {
            jar.close();
        }
    }

    // ---- split bodies -------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void everyRouteAnswersABodyThatComesLateAndTheServiceStaysWell() throws Exception {
        long heapBefore = Heap.usedAfterFullGc(jar.pid());
        List<Wire.Request> requests = new ArrayList<>();
        for (Route route : routes) {
            if (!WITH_BODY.contains(route.method())) {
                continue;
            }
            for (String path : new LinkedHashSet<>(List.of(path(route, false), path(route, true)))) {
                for (String body : List.of("{}", "{\"id\":1.5,\"name\":\"x\",\"problem\":\"Te hard gereden\"}")) {
                    Wire.Request request = Wire.Request.of(route.method(), path).json(body).late(PAUSE_MILLIS);
                    requests.add(request);
                    if (!route.template().equals("/api/admin/logout")) { // signing out would end the probe's session
                        requests.add(request.as(beheerder));
                    }
                }
            }
        }

        HealthWatch health = HealthWatch.start(wire);
        List<String> failures = sendAll(requests, 8, (request, answer) ->
                answer.status() == 0 || answer.status() >= 500 ? answer.toString() : null);
        health.stop();

        assertEquals(List.of(), failures, "every late body gets an answer, none a 5xx");
        assertTrue(jar.isAlive(), "the process is still running");
        assertEquals(List.of(), health.failures(), "/health kept answering 200 while the late bodies came in");
        assertEquals(200, wire.send(Wire.Request.of("GET", "/health")).status());
        long heapAfter = Heap.usedAfterFullGc(jar.pid());
        System.out.printf("split bodies: %d requests with a %d ms pause on %d routes, /health asked %d times; heap in"
                + " use after a full GC %s MB before, %s MB after (%s)%n", requests.size(), PAUSE_MILLIS,
                routes.stream().filter(route -> WITH_BODY.contains(route.method())).count(), health.asked(),
                Heap.mb(heapBefore), Heap.mb(heapAfter), HEAP);
        if (heapBefore > 0 && heapAfter > 0) {
            // the old fault grew the heap by gigabytes within seconds; ordinary churn stays far below this
            assertTrue(heapAfter < heapBefore + 200L * 1024 * 1024, "heap grew from " + heapBefore + " to " + heapAfter);
        }
    }

    // ---- forwarded-for spoofing -----------------------------------------------------------------------------------

    @Test
    @Order(2)
    void aForwardedForHeaderOfItsOwnDoesNotGiveAClientANewBucket() {
        String client = newClient();
        List<Integer> statuses = new ArrayList<>();
        Wire.Answer last = null;
        for (int i = 0; i < RATE_BURST + 5; i++) {
            String fake = "203.0.113." + (i + 1);
            last = wire.send(Wire.Request.of("POST", "/api/v1/submissions").from(client)
                    .header("X-Forwarded-For", fake)
                    .header("Forwarded", "for=" + fake)
                    .header("X-Real-IP", fake)
                    .json(submission("Doorgaand verkeer door de woonwijk, poging " + i, null)));
            statuses.add(last.status());
        }
        assertEquals(RATE_BURST, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(429, last.status(), last.toString());
        assertFalse(last.header("retry-after").isEmpty(), "a 429 says when to come back");
        assertDutchProblem(last);
        // the limit is this client's, not everyone's
        assertEquals(201, wire.send(Wire.Request.of("POST", "/api/v1/submissions").from(newClient())
                .json(submission("Een andere bewoner over de rotonde", null))).status());
    }

    // ---- login brute force ----------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void aKnownAndAnUnknownNameGetTheSameAnswersUpToTheThrottle() {
        String known = createAccount("doelwit-" + suffix());
        String unknown = "niemand-" + suffix();
        String attacker = newClient();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            knownAnswers.add(signInAnswer(known, "fout-" + attempt, attacker, null, knownNanos));
            unknownAnswers.add(signInAnswer(unknown, "fout-" + attempt, attacker, null, unknownNanos));
        }
        assertEquals(knownAnswers, unknownAnswers, "nothing tells a known name from an unknown one");
        assertTrue(knownAnswers.get(0).startsWith("401 "), knownAnswers.get(0));
        assertTrue(knownAnswers.get(knownAnswers.size() - 1).startsWith("429 "), knownAnswers.toString());
        // timing is reported, never asserted (a busy machine); both sides pay one bcrypt check per refused attempt
        System.out.printf("sign-in refusals: median %.0f ms for a known name, %.0f ms for an unknown name (5 each)%n",
                median(knownNanos.subList(0, 5)), median(unknownNanos.subList(0, 5)));
    }

    @Test
    @Order(4)
    void oneClientTryingManyNamesIsStoppedAfterItsOwnBudget() throws Exception {
        String client = newClient();
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "gok-" + i + "-" + suffix();
            attempts.add(() -> wire.send(signInRequest(name, "wachtwoord-" + name, client, null)).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : pool.invokeAll(attempts)) {
                statuses.add(outcome.get());
            }
            // 30 free attempts per client whatever the name (docs/adr/0118), then waiting
            assertEquals(30, statuses.stream().filter(status -> status == 401).count(), statuses.toString());
            assertEquals(10, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void strangersGuessingCannotKeepAnAccountsOwnerOut() {
        String owner = createAccount("eigenaar-" + suffix());
        String ownersAddress = newClient();
        Wire.Answer first = wire.send(signInRequest(owner, OTHER_PASSWORD, ownersAddress, null));
        assertEquals(200, first.status(), first.toString());
        String device = cookie(first, "INBRENG_DEVICE");

        String stranger = null;
        for (int attempt = 0; attempt < 23; attempt++) {
            stranger = newClient();
            wire.send(signInRequest(owner, "gok-" + attempt, stranger, null));
        }
        assertEquals(429, wire.send(signInRequest(owner, OTHER_PASSWORD, newClient(), null)).status(),
                "a browser that never signed in to this account now waits");
        assertEquals(200, wire.send(signInRequest(owner, OTHER_PASSWORD, ownersAddress, device)).status(),
                "the owner's own browser still signs in");
        assertEquals(200, wire.send(signInRequest(owner, OTHER_PASSWORD, stranger, device)).status(),
                "even from the stranger's address");
    }

    // ---- headers --------------------------------------------------------------------------------------------------

    @Test
    @Order(6)
    void everyPageAndEveryApiAnswerCarriesTheBrowserProtections() {
        List<String> paths = new ArrayList<>(List.of("/", "/admin/", "/kraam/", "/bestaat/niet", "/bestaat/niet.js"));
        for (Route route : routes) {
            if (route.method().equals("GET")) {
                paths.add(path(route, true));
                paths.add(path(route, false));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String path : new LinkedHashSet<>(paths)) {
            // a client behind no trusted proxy claims TLS: that must not bring HSTS over plain HTTP
            Wire.Answer answer = wire.send(Wire.Request.of("GET", path).as(beheerder).from(newClient())
                    .header("X-Forwarded-Proto", "https"));
            String csp = answer.header("content-security-policy");
            String scripts = directive(csp, "script-src");
            check(missing, path, "script-src 'self' without unsafe-inline/eval",
                    scripts.contains("'self'") && !scripts.contains("unsafe-"));
            check(missing, path, "frame-ancestors 'none'", directive(csp, "frame-ancestors").contains("'none'"));
            check(missing, path, "object-src 'none'", directive(csp, "object-src").contains("'none'"));
            check(missing, path, "X-Frame-Options DENY", answer.header("x-frame-options").equalsIgnoreCase("DENY"));
            check(missing, path, "nosniff", answer.header("x-content-type-options").equalsIgnoreCase("nosniff"));
            check(missing, path, "Referrer-Policy", !answer.header("referrer-policy").isEmpty());
            check(missing, path, "no HSTS over plain HTTP", answer.header("strict-transport-security").isEmpty());
            if (path.startsWith("/api/admin/")) {
                check(missing, path, "no-store", answer.header("cache-control").contains("no-store"));
            }
        }
        assertEquals(List.of(), missing);

        Wire.Answer login = wire.send(signInRequest(ADMIN, PASSWORD, newClient(), null));
        String session = login.header("set-cookie");
        assertTrue(session.contains("INBRENG_ADMIN=") && session.toLowerCase(Locale.ROOT).contains("httponly") && session.contains("Secure")
                && session.toLowerCase(Locale.ROOT).contains("samesite=strict"), session);
    }

    // ---- oversized and malformed bodies ---------------------------------------------------------------------------

    @Test
    @Order(7)
    void oversizedAndMalformedInputGetsADutchProblemAnswerAndNever500() throws Exception {
        List<Wire.Request> requests = new ArrayList<>();
        byte[] notUtf8 = {(byte) 0xC3, 0x28, (byte) 0xFF, '{', '}'};
        for (Route route : routes) {
            boolean signsOut = route.template().equals("/api/admin/logout");
            for (String path : new LinkedHashSet<>(List.of(path(route, false), path(route, true)))) {
                if (!WITH_BODY.contains(route.method())) {
                    String query = "?page=x&size=-5&round=1.5&roundId=9999999999999999999999&q=%00%C3%28"
                            + "&theme=" + "x".repeat(3000) + "&area=%27%22%3C";
                    requests.add(Wire.Request.of("GET", path + query));
                    continue;
                }
                List<Wire.Request> bad = new ArrayList<>(List.of(
                        Wire.Request.of(route.method(), path).json("{\"problem\":"),
                        Wire.Request.of(route.method(), path).json("[1,2,3]"),
                        Wire.Request.of(route.method(), path).json("null"),
                        Wire.Request.of(route.method(), path).json("\"tekst\""),
                        Wire.Request.of(route.method(), path).json("""
                                {"id":"x","roundId":"abc","themeCodes":{},"problem":[],"email":123,"name":5,
                                 "capacity":"veel","startsAt":"gisteren","roles":"BAAS","text":7,"seats":-1,
                                 "filter":{"theme":12},"username":{"a":1},"page":1e400,"weights":"zwaar"}"""),
                        Wire.Request.of(route.method(), path).body("application/json", notUtf8),
                        Wire.Request.of(route.method(), path).body("application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)),
                        Wire.Request.of(route.method(), path).body("text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
                        oversized(route.method(), path)));
                for (Wire.Request request : bad) {
                    requests.add(request);
                    if (!signsOut) {
                        requests.add(request.as(beheerder));
                    }
                }
            }
        }
        List<String> failures = sendAll(requests, 4, (request, answer) -> {
            if (answer.status() == 0 || answer.status() >= 500) {
                return request.method() + " " + request.path() + ": " + answer;
            }
            if (answer.status() >= 400 && !isDutchProblem(answer)) {
                return request.method() + " " + request.path() + ": not a Dutch problem answer: " + answer
                        + " " + answer.header("content-type");
            }
            return null;
        });
        assertEquals(List.of(), failures);
        assertTrue(jar.isAlive());
        System.out.printf("malformed and oversized: %d requests on %d routes, no 5xx, every refusal a Dutch problem%n",
                requests.size(), routes.size());
    }

    // ---- spreadsheets ---------------------------------------------------------------------------------------------

    @Test
    @Order(8)
    void spreadsheetBombsSentAtOnceAreRefusedInDutchWithoutFillingTheHeap() throws Exception {
        // the first probe's file: under 2 MB packed, 53 MB unpacked, 312,500 rows; and one with rows just over the cap
        byte[] bomb = Spreadsheets.packedRows(53L * 1024 * 1024);
        byte[] tooManyRows = Spreadsheets.workbookWithRows(20_001 + 500);
        long rssBefore = Heap.residentKb(jar.pid());
        List<Wire.Request> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (byte[] file : List.of(bomb, tooManyRows)) {
                uploads.add(Wire.Request.of("POST", "/api/admin/imports/preview?textColumn=tekst").as(beheerder)
                        .body(Spreadsheets.MEDIA_TYPE, file));
            }
        }
        List<String> failures = sendAll(uploads, 8, (request, answer) ->
                answer.status() == 400 && answer.body().contains("\"field\":\"file\"") && isDutchProblem(answer)
                        ? null : answer.toString());
        assertEquals(List.of(), failures, "each file refused at field 'file' in Dutch");
        assertTrue(jar.isAlive());
        System.out.printf("spreadsheets: 4 x a %d KB workbook that unpacks to 53 MB and 4 x a %d KB one with 20,501 rows,"
                        + " sent at once: all refused (400 at 'file'); resident memory %d MB before, %d MB after, peak %d MB;"
                        + " heap in use after a full GC %s MB%n", bomb.length / 1024, tooManyRows.length / 1024,
                rssBefore / 1024, Heap.residentKb(jar.pid()) / 1024, Heap.peakResidentKb(jar.pid()) / 1024,
                Heap.mb(Heap.usedAfterFullGc(jar.pid())));
    }

    // ---- withdrawal grep ------------------------------------------------------------------------------------------

    @Test
    @Order(9)
    void aWithdrawnInputLeavesNoTraceInTheDataFolderOrTheLog() throws Exception {
        String word = "zqw" + suffix();
        String email = "bewoner-" + word + "@voorbeeld.nl";
        String client = newClient();
        Wire.Answer created = wire.send(Wire.Request.of("POST", "/api/v1/submissions").from(client)
                .json(submission("Inbraken in de " + word + "straat, elke week weer " + word, email)));
        assertEquals(201, created.status(), created.toString());
        awaitSearchTotal(word, 1);

        Wire.Answer withdrawn = wire.send(Wire.Request.of("DELETE", "/api/v1/submissions/" + value(RECEIPT, created.body()))
                .from(client));
        assertEquals(204, withdrawn.status(), withdrawn.toString());

        List<String> traces = new ArrayList<>();
        byte[][] needles = {word.getBytes(StandardCharsets.UTF_8), email.getBytes(StandardCharsets.UTF_8)};
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (byte[] needle : needles) {
                if (contains(content, needle)) {
                    traces.add(dataDir.relativize(file) + " holds " + new String(needle, StandardCharsets.UTF_8));
                }
            }
        }
        String log = Files.readString(Path.of("target", "smoke-probe.log"), StandardCharsets.ISO_8859_1);
        if (log.contains(word) || log.contains(email)) {
            traces.add("the application log holds the input or the address");
        }
        assertFalse(files.isEmpty(), "the data folder holds the index");
        assertEquals(List.of(), traces);
        awaitSearchTotal(word, 0);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Sends the requests, each from a client address of its own, and collects what {@code judge} finds wrong. */
    private List<String> sendAll(List<Wire.Request> requests, int atOnce, Judge judge) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Wire.Request request : requests) {
                Wire.Request fromItsOwnClient = request.from(newClient());
                outcomes.add(pool.submit(() -> judge.failure(fromItsOwnClient, wire.send(fromItsOwnClient))));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String failure = outcome.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Judge {
        String failure(Wire.Request request, Wire.Answer answer);
    }

    private static Wire.Request oversized(String method, String path) {
        // the import takes a file up to 10 MB; every other route 256 KB
        int size = path.startsWith("/api/admin/imports") ? 10 * 1024 * 1024 + 4096 : 256 * 1024 + 1;
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        body[0] = '"';
        body[size - 1] = '"';
        return Wire.Request.of(method, path).body("application/json", body);
    }

    private static boolean isDutchProblem(Wire.Answer answer) {
        if (!answer.header("content-type").startsWith("application/problem+json")) {
            return false;
        }
        Matcher title = TITLE.matcher(answer.body());
        return title.find() && !title.group(1).isBlank() && !ENGLISH_TITLES.contains(title.group(1).toLowerCase(Locale.ROOT));
    }

    private static void assertDutchProblem(Wire.Answer answer) {
        assertTrue(isDutchProblem(answer), answer + " " + answer.headers());
    }

    private static void check(List<String> missing, String path, String what, boolean present) {
        if (!present) {
            missing.add(path + ": " + what);
        }
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            String directive = part.strip();
            if (directive.startsWith(name + " ")) {
                return directive;
            }
        }
        return "";
    }

    /** The routes of docs/api.md: method, path template, who may call it. */
    private static List<Route> routesFromTheApiDocs() throws IOException {
        Pattern row = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `([^`]+)` \\| ([^|]+) \\|");
        List<Route> found = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "api.md"))) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                found.add(new Route(matcher.group(1), matcher.group(2), matcher.group(3).strip()));
            }
        }
        assertTrue(found.size() > 50, "docs/api.md lists the routes");
        return found;
    }

    /** A route's path with its variables filled: with things from the demo content, or with ones that do not exist. */
    private String path(Route route, boolean existingThings) {
        String template = route.template().replaceAll("\\{[?&][^}]*}", "");
        if (!template.contains("{")) {
            return template;
        }
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (!segment.startsWith("{")) {
                continue;
            }
            String name = segment.replaceAll("[{}+]", "");
            String known = existingThings ? existing.get(segments[i - 1] + "/" + name) : null;
            if (known != null) {
                segments[i] = known;
            } else if (name.equals("id") || name.endsWith("Id")) {
                segments[i] = UNKNOWN_ID;
            } else {
                segments[i] = "bestaat-niet";
            }
        }
        return String.join("/", segments);
    }

    private void findExistingThings() {
        existing.put("submissions/id", value(ID, adminGet("/api/admin/submissions?size=1")));
        String rounds = adminGet("/api/admin/rounds");
        existing.put("rounds/id", value(ID, rounds));
        existing.put("rounds/slug", value(SLUG, rounds));
        existing.put("tables/id", value(ID, adminGet("/api/admin/tables")));
        existing.put("areas/id", value(ID, adminGet("/api/admin/areas")));
        // a user of the probe's own, so that deactivating or re-passwording it harms no one
        Wire.Answer user = adminSend("POST", "/api/admin/users", """
                {"username":"probe-%s","displayName":"Probe","password":"%s","roles":["ANALIST"]}"""
                .formatted(suffix(), OTHER_PASSWORD));
        assertEquals(201, user.status(), user.toString());
        existing.put("users/id", value(ID, user.body()));
        Wire.Answer created = wire.send(Wire.Request.of("POST", "/api/v1/submissions").from(newClient())
                .json(submission("Fietsendiefstal bij het station", null)));
        existing.put("submissions/receipt", value(RECEIPT, created.body()));
    }

    private String adminGet(String path) {
        Wire.Answer answer = wire.send(Wire.Request.of("GET", path).as(beheerder));
        assertEquals(200, answer.status(), path + ": " + answer);
        return answer.body();
    }

    private Wire.Answer adminSend(String method, String path, String json) {
        return wire.send(Wire.Request.of(method, path).as(beheerder).json(json));
    }

    private String createAccount(String username) {
        Wire.Answer answer = adminSend("POST", "/api/admin/users", """
                {"username":"%s","displayName":"Probe","password":"%s","roles":["ANALIST"]}"""
                .formatted(username, OTHER_PASSWORD));
        assertEquals(201, answer.status(), answer.toString());
        return username;
    }

    private Wire.Session signIn(String username, String password, String from) {
        Wire.Answer answer = wire.send(signInRequest(username, password, from, null));
        assertEquals(200, answer.status(), answer.toString());
        return new Wire.Session("INBRENG_ADMIN=" + cookie(answer, "INBRENG_ADMIN"), value(CSRF, answer.body()));
    }

    private static Wire.Request signInRequest(String username, String password, String from, String device) {
        Wire.Request request = Wire.Request.of("POST", "/api/admin/login").from(from)
                .json("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        return device == null ? request : request.header("Cookie", "INBRENG_DEVICE=" + device);
    }

    /** Everything a client can tell apart in a refused sign-in: status, title, detail, whether it says when to return. */
    private String signInAnswer(String username, String password, String from, String device, List<Long> nanos) {
        long started = System.nanoTime();
        Wire.Answer answer = wire.send(signInRequest(username, password, from, device));
        nanos.add(System.nanoTime() - started);
        Matcher title = TITLE.matcher(answer.body());
        Matcher detail = DETAIL.matcher(answer.body());
        return answer.status() + " " + (title.find() ? title.group(1) : "") + " | " + (detail.find() ? detail.group(1) : "")
                + " | retry-after " + !answer.header("retry-after").isEmpty() + " | cookie " + !answer.header("set-cookie").isEmpty();
    }

    private static String cookie(Wire.Answer answer, String name) {
        for (String cookie : answer.header("set-cookie").split(",\\s*(?=[A-Z_]+=)")) {
            if (cookie.startsWith(name + "=")) {
                return cookie.substring(name.length() + 1).split(";", 2)[0];
            }
        }
        throw new AssertionError("no " + name + " cookie in " + answer.headers());
    }

    private void awaitSearchTotal(String word, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            Wire.Answer answer = wire.send(Wire.Request.of("GET", "/api/admin/submissions?size=1&q=" + word).as(beheerder));
            last = answer.toString();
            if (answer.status() == 200 && Integer.parseInt(value(TOTAL, answer.body())) == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search for " + word + " did not find " + expected + ": " + last);
    }

    private static String submission(String problem, String email) {
        String contact = email == null ? "" : ",\"contact\":{\"name\":\"Bewoner\",\"email\":\"" + email + "\"},\"consent\":true";
        return "{\"themeCodes\":[\"1.1\"],\"problem\":\"" + problem + "\",\"respondentType\":\"INWONER\"" + contact + "}";
    }

    /** A loopback address no other request of this run came from: a new client to every limit. */
    private String newClient() {
        int n = nextClient.incrementAndGet();
        return "127.1." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Asks /health over and over from its own thread and keeps every time it did not answer 200. */
    private static final class HealthWatch {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger asked = new AtomicInteger();
        private Thread thread;

        static HealthWatch start(Wire wire) {
            HealthWatch watch = new HealthWatch();
            watch.thread = new Thread(() -> {
                while (watch.running.get()) {
                    Wire.Answer answer = wire.send(Wire.Request.of("GET", "/health"));
                    watch.asked.incrementAndGet();
                    if (answer.status() != 200) {
                        watch.failures.add(answer.toString());
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            watch.thread.start();
            return watch;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        List<String> failures() {
            return failures;
        }

        int asked() {
            return asked.get();
        }
    }
}
