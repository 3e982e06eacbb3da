package nl.inbreng.replicas;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.inbreng.testing.RunningJar;
import nl.inbreng.testing.StoredProblems;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.inbreng.testing.JsonFields.CSRF;
import static nl.inbreng.testing.JsonFields.ID;
import static nl.inbreng.testing.JsonFields.RECEIPT;
import static nl.inbreng.testing.JsonFields.TOTAL;
import static nl.inbreng.testing.JsonFields.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two replicas of the built jar on one MariaDB, each with its own port and data folder (so its own Lucene index),
 * as Kubernetes runs them (infra/k8s): what one replica is told, the other's search shows; jobs run once; and a
 * replica killed with -9 in the middle of a stream loses no acknowledged input and stores none twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final String ADMIN = "beheer";
    private static final String PASSWORD = "twee-replica's-test-wachtwoord";
    private static final long WAIT_MILLIS = 60_000;

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final TestDatabase database = TestDatabase.get();
    /**
     * A schema of its own: the embedded applications of other test classes share the run's schema, and their job
     * leases (one reminder run per 15 minutes for the whole installation) would hold back these replicas' reminders.
     */
    private final String schemaUrl = database.newSchemaUrl();
    private Map<String, String> environmentA;
    private RunningJar a;
    private RunningJar b;
    private Admin adminA;
    private Admin adminB;

    @BeforeAll
    void startTwoReplicas() throws Exception {
        smtp.start();
        environmentA = environment("a");
        // one after the other: the first one creates the first beheerder, the second finds it
        a = RunningJar.start("replica-a", environmentA);
        b = RunningJar.start("replica-b", environment("b"));
        adminA = Admin.signIn(a);
        adminB = Admin.signIn(b);
    }

    private Map<String, String> environment(String name) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put("INBRENG_DATA_DIR", Files.createTempDirectory("inbreng-replica-" + name).toString());
        environment.put("DATASOURCES_DEFAULT_URL", schemaUrl);
        environment.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        environment.put("INBRENG_DEMO_DATA", "false");
        environment.put("INBRENG_ADMIN_USERNAME", ADMIN);
        environment.put("INBRENG_ADMIN_PASSWORD", PASSWORD);
        environment.put("INBRENG_ADMIN_SECURE_COOKIE", "false");
        environment.put("INBRENG_RATE_LIMIT_BURST", "1000000");
        environment.put("INBRENG_RATE_LIMIT_PER_MINUTE", "1000000");
        environment.put("INBRENG_MAIL_HOST", "127.0.0.1");
        environment.put("INBRENG_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        environment.put("INBRENG_MAIL_FROM", "veiligheid@veenendijk.example");
        // reminders every second on both replicas, so the test sees both schedulers race for them
        environment.put("INBRENG_TABLES_REMINDER_INTERVAL", "1s");
        environment.put("INBRENG_TABLES_REMINDER_INITIAL_DELAY", "1s");
        return environment;
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (RunningJar jar : new RunningJar[]{a, b}) {
            if (jar != null) {
                jar.close();
            }
        }
        smtp.stop();
    }

    @Test
    @Order(1)
    void anInputGivenAtOneReplicaIsFoundByTheOthersSearch() throws Exception {
        String word = marker();
        long given = System.nanoTime();
        assertEquals(201, submit(a, "Scooters racen door het park bij " + word, UUID.randomUUID().toString()).statusCode());

        awaitTotal(adminB, word, 1);
        // what it took, for docs/scale.md; no timed assertion (the machine may be busy)
        System.out.printf("replica B found the input given at A after %d ms%n", (System.nanoTime() - given) / 1_000_000);
    }

    @Test
    @Order(2)
    void aWithdrawalAtOneReplicaLeavesTheOthersIndex() throws Exception {
        String word = marker();
        HttpResponse<String> created = submit(a, "Lantaarnpaal kapot in de steeg bij " + word, UUID.randomUUID().toString());
        String receipt = value(RECEIPT, created.body());
        awaitTotal(adminA, word, 1);

        HttpResponse<String> withdrawn = b.send(HttpRequest.newBuilder(b.uri("/api/v1/submissions/" + receipt)).DELETE());
        assertEquals(204, withdrawn.statusCode());

        awaitTotal(adminA, word, 0);
    }

    @Test
    @Order(3)
    void aReminderDueWhileBothReplicasRunGoesOutOnce() throws Exception {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        HttpResponse<String> table = adminA.send(HttpRequest.newBuilder(a.uri("/api/admin/tables"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"title":"Tafel twee replica's","themeCodes":["3.1"],"startsAt":"%sT19:00:00",
                         "endsAt":"%sT21:00:00","place":"Dorpshuis","capacity":10}""".formatted(tomorrow, tomorrow))));
        assertEquals(201, table.statusCode(), table.body());
        long tableId = Long.parseLong(value(ID, table.body()));
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String address = "deelnemer-" + UUID.randomUUID() + "@voorbeeld.nl";
            addresses.add(address);
            RunningJar replica = i % 2 == 0 ? a : b;
            HttpResponse<String> registered = replica.send(HttpRequest.newBuilder(
                            replica.uri("/api/v1/tables/" + tableId + "/registrations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"name":"Deelnemer %d","organisation":"Buurtteam","email":"%s"}""".formatted(i, address))));
            assertEquals(201, registered.statusCode(), registered.body());
        }

        for (String address : addresses) {
            awaitMails(address, "Morgen: thematafel", 1);
        }
        // both schedulers fire every second: give them several more chances to send a second one
        Thread.sleep(5_000);
        for (String address : addresses) {
            assertEquals(1, mails(address, "Morgen: thematafel").size(), "exactly one reminder");
        }
    }

    @Test
    @Order(4)
    void aReplicaKilledMidStreamLosesNoAcknowledgedInputAndStoresNoneTwice() throws Exception {
        String word = marker();
        int inputs = 2_000;
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            int n = i;
            work.add(clients.submit(() -> {
                String key = UUID.randomUUID().toString();
                String text = "Melding " + n + " over fietsen op de stoep " + word;
                if (sent.incrementAndGet() == inputs / 4) {
                    a.killHard();
                }
                // like a load balancer: try A, and on a dead connection or an error retry the same key at B
                for (int attempt = 0; attempt < 20; attempt++) {
                    RunningJar target = attempt == 0 ? a : b;
                    try {
                        HttpResponse<String> answer = submit(target, text, key);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(n, text);
                            return null;
                        }
                    } catch (IOException replicaGone) {
                        // retried below
                    }
                    retried.incrementAndGet();
                    Thread.sleep(200);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        clients.shutdown();

        assertEquals(inputs, acknowledged.size(), "every input was acknowledged in the end");
        Map<String, Integer> stored = storedCounts(word);
        for (String text : acknowledged.values()) {
            assertEquals(1, stored.getOrDefault(text, 0), "stored exactly once: " + text);
        }
        assertEquals(inputs, stored.size());
        awaitTotal(adminB, word, inputs);
        System.out.printf("kill -9 mid-stream: %d inputs acknowledged, %d retries, all stored once and found at B%n",
                acknowledged.size(), retried.get());

        // the killed replica comes back on its own data folder and catches up from its index's position
        a = RunningJar.start("replica-a", environmentA);
        awaitTotal(Admin.signIn(a), word, inputs);
    }

    private static HttpResponse<String> submit(RunningJar replica, String problem, String idempotencyKey)
            throws IOException, InterruptedException {
        return replica.send(HttpRequest.newBuilder(replica.uri("/api/v1/submissions"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"themeCodes":["4.1"],"problem":"%s","respondentType":"INWONER"}""".formatted(problem))));
    }

    private static void awaitTotal(Admin admin, String word, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(admin.replica.uri(
                    "/api/admin/submissions?size=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))).GET());
            if (answer.statusCode() == 200) {
                last = Integer.parseInt(value(TOTAL, answer.body()));
                if (last == expected) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search for " + word + " found " + last + ", expected " + expected);
    }

    private Map<String, Integer> storedCounts(String word) throws SQLException {
        try (Connection connection = DriverManager.getConnection(schemaUrl, database.username(), database.password())) {
            return StoredProblems.countsEndingWith(connection, word);
        }
    }

    private void awaitMails(String address, String subjectStart, int atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (mails(address, subjectStart).size() >= atLeast) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no reminder reached " + address);
    }

    private List<MimeMessage> mails(String address, String subjectStart) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            boolean toAddress = Set.of(message.getRecipients(Message.RecipientType.TO)).stream()
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            if (toAddress && message.getSubject().startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    /** A made-up word that only this test's inputs contain. */
    private static String marker() {
        return "zqr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A beheerder's session on one replica: the cookie and the CSRF token from the sign-in. */
    private record Admin(RunningJar replica, String cookie, String csrf) {

        static Admin signIn(RunningJar replica) throws IOException, InterruptedException {
            HttpResponse<String> answer = replica.send(HttpRequest.newBuilder(replica.uri("/api/admin/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"username":"%s","password":"%s"}""".formatted(ADMIN, PASSWORD))));
            assertEquals(200, answer.statusCode(), answer.body());
            String cookie = String.join("; ", answer.headers().allValues("set-cookie").stream()
                    .map(header -> header.split(";", 2)[0]).toList());
            return new Admin(replica, cookie, value(CSRF, answer.body()));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return replica.send(request.header("Cookie", cookie).header("X-CSRF-Token", csrf));
        }
    }
}
