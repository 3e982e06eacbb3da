package nl.inbreng.probe;

import nl.inbreng.testing.OwnMariaDb;
import nl.inbreng.testing.RunningJar;
import nl.inbreng.testing.StoredProblems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static nl.inbreng.testing.JsonFields.CSRF;
import static nl.inbreng.testing.JsonFields.ID;
import static nl.inbreng.testing.JsonFields.TOTAL;
import static nl.inbreng.testing.JsonFields.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fault run of issue 16: 2,000 inputs offered at 100 a second, every one retried on the same Idempotency-Key until
 * it is acknowledged, while (a) the database is killed with -9 and started again, and (b) the application is killed
 * with -9 and started again. Afterwards every acknowledged input is stored exactly once and found by search, and every
 * key still answers at once with its first answer (no key is left blocked). The database is a MariaDB of this test's
 * own (target/fault-mariadb), so killing it disturbs no other test. Figures: docs/benchmarks.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputsSurviveFaultsIT {

    private static final int INPUTS = 2_000;
    private static final int PER_SECOND = 100;
    /** The fault strikes when this many inputs have been offered: a quarter into the stream. */
    private static final int FAULT_AT = INPUTS / 4;
    private static final long GIVE_UP_MILLIS = TimeUnit.MINUTES.toMillis(5);
    private static final String ADMIN = "beheer";
    private static final String PASSWORD = "fouten-test-wachtwoord-lang-genoeg";

    private OwnMariaDb database;
    private Map<String, String> environment;
    private volatile RunningJar app;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(OwnMariaDb.unavailableBecause().isEmpty(),
                () -> "Skipped: the fault run needs a MariaDB it may kill, and " + OwnMariaDb.unavailableBecause().get());
        database = OwnMariaDb.start("fault-mariadb");
        environment = new HashMap<>();
        environment.put("INBRENG_DATA_DIR", Files.createTempDirectory("inbreng-faults").toString());
        environment.put("DATASOURCES_DEFAULT_URL", database.url());
        environment.put("DATASOURCES_DEFAULT_USERNAME", "root");
        environment.put("DATASOURCES_DEFAULT_PASSWORD", "");
        environment.put("INBRENG_DEMO_DATA", "false");
        environment.put("INBRENG_ADMIN_USERNAME", ADMIN);
        environment.put("INBRENG_ADMIN_PASSWORD", PASSWORD);
        environment.put("INBRENG_ADMIN_SECURE_COOKIE", "false");
        // the stream is one client at 100 a second; the public limit is not what this test is about
        environment.put("INBRENG_RATE_LIMIT_BURST", "1000000");
        environment.put("INBRENG_RATE_LIMIT_PER_MINUTE", "1000000");
        app = RunningJar.start("faults", environment);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theDatabaseKilledAndRestartedMidStreamLosesNothingAcknowledgedAndStoresNothingTwice() throws Exception {
        Run run = stream("database", () -> {
            database.killHard();
            Thread.sleep(3_000); // a few seconds without a database, as a failing-over node gives
            database.restart();
            return null;
        });
        verify(run);
    }

    @Test
    @Order(2)
    void theApplicationKilledAndRestartedMidStreamLosesNothingAcknowledgedAndStoresNothingTwice() throws Exception {
        Run run = stream("application", () -> {
            app.killHard();
            app = RunningJar.start("faults", environment);
            return null;
        });
        verify(run);
    }

    /** One stream of inputs with a fault a quarter of the way in; answers what was acknowledged. */
    private Run stream(String fault, java.util.concurrent.Callable<Void> strike) throws Exception {
        Run run = new Run(fault, marker());
        ExecutorService clients = Executors.newFixedThreadPool(64);
        ExecutorService striker = Executors.newSingleThreadExecutor();
        List<Future<?>> work = new ArrayList<>();
        Future<?> struck = null;
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            // offered at 100 a second, whatever the answers: a client does not slow down because we are in trouble
            long due = started + TimeUnit.MILLISECONDS.toNanos(1_000L * i / PER_SECOND);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (i == FAULT_AT) {
                struck = striker.submit(strike);
            }
            int n = i;
            work.add(clients.submit(() -> run.deliver(n, () -> app)));
        }
        for (Future<?> future : work) {
            future.get();
        }
        struck.get();
        clients.shutdown();
        striker.shutdown();
        run.seconds = (System.nanoTime() - started) / 1e9;
        return run;
    }

    private void verify(Run run) throws Exception {
        assertEquals(INPUTS, run.acknowledged.size(), "every input was acknowledged in the end");

        Map<String, Integer> stored = storedCounts(run.word);
        for (String text : run.texts.values()) {
            assertEquals(1, stored.getOrDefault(text, 0), "stored exactly once: " + text);
        }
        assertEquals(INPUTS, stored.size(), "nothing stored that was not sent");

        // every key answers at once with its first answer: no claim was left behind to block it
        AtomicInteger replayed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> replays = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : run.keys.entrySet()) {
            replays.add(clients.submit(() -> {
                HttpResponse<String> answer = submit(app, run.texts.get(entry.getKey()), entry.getValue());
                if (answer.statusCode() != 201) {
                    return "key of input " + entry.getKey() + " answered " + answer.statusCode() + " " + answer.body();
                }
                if (!value(ID, answer.body()).equals(run.acknowledged.get(entry.getKey()))) {
                    return "key of input " + entry.getKey() + " answered another id: " + answer.body();
                }
                replayed.incrementAndGet();
                return null;
            }));
        }
        List<String> blocked = new ArrayList<>();
        for (Future<String> replay : replays) {
            if (replay.get() != null) {
                blocked.add(replay.get());
            }
        }
        clients.shutdown();
        assertEquals(List.of(), blocked.subList(0, Math.min(5, blocked.size())), blocked.size() + " keys misbehaved");
        assertEquals(INPUTS, replayed.get());
        assertEquals(INPUTS, stored.size(), "the replays stored nothing");
        assertEquals(INPUTS, storedCounts(run.word).size(), "the replays stored nothing");

        awaitSearchTotal(run.word, INPUTS);
        // figures for docs/benchmarks.md; no timed assertion (the machine may be busy)
        System.out.printf("fault run (%s killed -9 after %d of %d inputs offered at %d/s): %d acknowledged, each stored"
                        + " once and found by search, %d keys replayed with their first answer; %d retries %s; stream took"
                        + " %.1f s, longest wait for one acknowledgement %.1f s%n",
                run.fault, FAULT_AT, INPUTS, PER_SECOND, run.acknowledged.size(), replayed.get(), run.retries.get(),
                run.failures, run.seconds, run.longestMillis.get() / 1000.0);
    }

    /** What one stream sent and what came back. */
    private static final class Run {
        final String fault;
        final String word;
        final Map<Integer, String> keys = new ConcurrentHashMap<>();
        final Map<Integer, String> texts = new ConcurrentHashMap<>();
        final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicLong longestMillis = new AtomicLong();
        double seconds;

        Run(String fault, String word) {
            this.fault = fault;
            this.word = word;
        }

        /** Sends input n until it is acknowledged, always with the same key, as the portal and the kiosk do. */
        Void deliver(int n, Supplier<RunningJar> target) throws InterruptedException {
            String key = UUID.randomUUID().toString();
            String text = "Melding " + n + " over te hard rijden bij de school " + word;
            keys.put(n, key);
            texts.put(n, text);
            long first = System.nanoTime();
            long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                String failure;
                try {
                    HttpResponse<String> answer = submit(target.get(), text, key);
                    if (answer.statusCode() == 201) {
                        acknowledged.put(n, value(ID, answer.body()));
                        longestMillis.accumulateAndGet((System.nanoTime() - first) / 1_000_000, Math::max);
                        return null;
                    }
                    failure = Integer.toString(answer.statusCode());
                } catch (IOException unreachable) {
                    failure = "no connection";
                }
                failures.computeIfAbsent(failure, f -> new AtomicInteger()).incrementAndGet();
                retries.incrementAndGet();
                Thread.sleep(250);
            }
            return null;
        }
    }

    private static HttpResponse<String> submit(RunningJar replica, String problem, String idempotencyKey)
            throws IOException, InterruptedException {
        return replica.send(HttpRequest.newBuilder(replica.uri("/api/v1/submissions"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"themeCodes":["2.1"],"problem":"%s","respondentType":"INWONER"}""".formatted(problem))));
    }

    private Map<String, Integer> storedCounts(String word) throws SQLException {
        try (Connection connection = database.connect()) {
            return StoredProblems.countsEndingWith(connection, word);
        }
    }

    private void awaitSearchTotal(String word, int expected) throws Exception {
        HttpResponse<String> login = app.send(HttpRequest.newBuilder(app.uri("/api/admin/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","password":"%s"}""".formatted(ADMIN, PASSWORD))));
        assertEquals(200, login.statusCode(), login.body());
        String cookie = String.join("; ", login.headers().allValues("set-cookie").stream()
                .map(header -> header.split(";", 2)[0]).toList());
        long deadline = System.currentTimeMillis() + 120_000;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> answer = app.send(HttpRequest.newBuilder(app.uri(
                            "/api/admin/submissions?size=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                    .header("Cookie", cookie).header("X-CSRF-Token", value(CSRF, login.body())).GET());
            if (answer.statusCode() == 200) {
                last = Integer.parseInt(value(TOTAL, answer.body()));
                if (last == expected) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search for " + word + " found " + last + ", expected " + expected);
    }

    /** A made-up word that only this run's inputs contain. */
    private static String marker() {
        return "zqf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
