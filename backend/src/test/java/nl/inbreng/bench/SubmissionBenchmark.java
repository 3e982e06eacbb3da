package nl.inbreng.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.inbreng.common.MysqlDriverSettings;
import nl.inbreng.testing.TestDatabase;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: measures POST /api/v1/submissions through the full HTTP stack into MariaDB on this machine, side by
 * side with a plain JDBC insert loop writing the same rows (the ceiling), and latency at a fixed 200 requests/s.
 * Run with infra/bench/submissions.sh; figures go to docs/benchmarks.md.
 */
public final class SubmissionBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int RATE = Integer.getInteger("bench.rate", 200);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 60);
    /** When set, the built jar runs as its own process and wrk (a second process) sends the load. */
    private static final String JAR = System.getProperty("bench.jar");
    private static final String BODY = """
            {"themeCodes":["3.1","1.4"],"problem":"Elke avond hangen jongeren bij het winkelcentrum. Er ligt afval en \
            mensen voelen zich niet veilig als ze daar langs moeten.","solution":"Meer toezicht en een plek voor de jeugd.",\
            "respondentType":"INWONER","ageBand":"45-64"}""";

    private SubmissionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase database = TestDatabase.get();
        if (JAR != null) {
            ExternalLoad.run(database, Path.of(JAR), CLIENTS, SECONDS, WARMUP_SECONDS, BODY,
                    () -> closedLoopJdbc(database, SECONDS));
            System.exit(0);
        }
        Map<String, Object> properties = Map.of(
                "datasources.default.url", database.url(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "datasources.default.maximum-pool-size", CLIENTS + 2,
                "inbreng.data-dir", Files.createTempDirectory("inbreng-bench").toString(),
                "inbreng.demo-data", false,
                "inbreng.rate-limit.enabled", false,
                "micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.run(EmbeddedServer.class, properties, "bench").getApplicationContext()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/submissions");
            System.out.printf("Inbreng submission benchmark: %d clients, %d s per phase, MariaDB schema %s%n",
                    CLIENTS, SECONDS, database.url().replaceAll("\\?.*", ""));

            closedLoopHttp(uri, WARMUP_SECONDS); // warm-up: JIT, connection pools, InnoDB buffer
            Result jdbc = closedLoopJdbc(database, SECONDS);
            Result http = closedLoopHttp(uri, SECONDS);
            Result fixedRate = openLoopHttp(uri, RATE, SECONDS);

            System.out.println();
            System.out.printf("load average %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| run | requests | errors | throughput (/s) | p50 (ms) | p99 (ms) | JVM CPU ms / request | server threads CPU ms / request |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            jdbc.print("plain JDBC insert loop (ceiling), " + CLIENTS + " threads");
            http.print("POST /api/v1/submissions, " + CLIENTS + " clients, closed loop");
            fixedRate.print("POST /api/v1/submissions, fixed " + RATE + " req/s");
            System.out.printf("%nHTTP throughput = %.0f%% of the JDBC ceiling%n", 100.0 * http.throughput() / jdbc.throughput());
            printCpuByThreadGroup();
        }
        System.exit(0);
    }

    /** Where this JVM's CPU went over the whole run, by thread name without its numbers (clients, event loops, pools). */
    private static void printCpuByThreadGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                byGroup.merge(info.getThreadName().replaceAll("[-#]?\\d+", ""), nanos, Long::sum);
            }
        }
        System.out.println("\nCPU by live thread group (ms, whole run; finished threads and GC/JIT are not listed):");
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %-40s %,8.0f%n", e.getKey(), e.getValue() / 1e6));
    }

    /** CPU time of this whole JVM (server and clients), so a busy machine's waiting does not count. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time per live server thread (Netty event loops, the blocking I/O pool that runs the controllers, the index
     * outbox): the benchmark's own HTTP clients, the JIT compiler and GC threads do not count here.
     */
    private static Map<Long, Long> javaThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !isServerThread(info.getThreadName())) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                cpu.put(info.getThreadId(), nanos);
            }
        }
        return cpu;
    }

    private static boolean isServerThread(String name) {
        return name.startsWith("io-executor") || name.startsWith("default-eventLoopGroup") || name.startsWith("index-outbox");
    }

    private static long javaThreadCpuSince(Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> now : javaThreadCpuNanos().entrySet()) {
            sum += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return sum;
    }

    record Result(int requests, int errors, double seconds, long[] latenciesNanos, long cpuNanos, long javaCpuNanos) {
        double throughput() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }

        void print(String name) {
            System.out.printf("| %s | %d | %d | %.0f | %.1f | %.1f | %.2f | %.2f |%n", name, requests, errors, throughput(),
                    percentileMs(50), percentileMs(99), cpuNanos / 1e6 / Math.max(1, requests),
                    javaCpuNanos / 1e6 / Math.max(1, requests));
        }
    }

    private static Result closedLoopHttp(URI uri, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return closedLoop(seconds, () -> {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 201;
        });
    }

    /**
     * The ceiling: the same rows the API writes (submission, two themes, the search index's change-log row; one
     * transaction), straight over JDBC. It does not index the text: that work (the change-log reader's, in the
     * background) is part of the HTTP figure only.
     */
    static Result closedLoopJdbc(TestDatabase database, int seconds) throws Exception {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                // the application's own driver settings, so the ceiling gets the same help (e.g. one multi-row insert)
                Connection c = database.connect(MysqlDriverSettings.SETTINGS);
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return closedLoop(seconds, () -> {
            Connection c = connections.get();
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            byte[] random = new byte[32];
            ThreadLocalRandom.current().nextBytes(random);
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO submission (receipt_hash, problem, solution,"
                    + " respondent_type, age_band, channel, status, theme_unsure, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 'INWONER', '45-64', 'ONLINE', 'NIEUW', FALSE, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, HexFormat.of().formatHex(random));
                insert.setString(2, "Elke avond hangen jongeren bij het winkelcentrum. Er ligt afval.");
                insert.setString(3, "Meer toezicht en een plek voor de jeugd.");
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement theme = c.prepareStatement(
                    "INSERT INTO submission_theme (submission_id, thema_code, is_primary) VALUES (?, ?, ?)")) {
                theme.setLong(1, id);
                theme.setString(2, "3.1");
                theme.setBoolean(3, true);
                theme.addBatch();
                theme.setLong(1, id);
                theme.setString(2, "1.4");
                theme.setBoolean(3, false);
                theme.addBatch();
                theme.executeBatch();
            }
            try (PreparedStatement changeLog = c.prepareStatement(
                    "INSERT INTO index_outbox (submission_id, created_at) VALUES (?, ?)")) {
                changeLog.setLong(1, id);
                changeLog.setTimestamp(2, now);
                changeLog.executeUpdate();
            }
            c.commit();
            return true;
        });
    }

    interface Call {
        boolean run() throws Exception;
    }

    private static Result closedLoop(int seconds, Call call) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<long[]> perThread = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        long cpuBefore = processCpuNanos();
        Map<Long, Long> javaCpuBefore = javaThreadCpuNanos();
        for (int t = 0; t < CLIENTS; t++) {
            Thread.ofPlatformCompat(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                        if (!call.run()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n < latencies.length) {
                        latencies[n++] = System.nanoTime() - before;
                    }
                }
                perThread.add(Arrays.copyOf(latencies, n));
                done.countDown();
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(all.length, errors.get(), elapsed, all, processCpuNanos() - cpuBefore, javaThreadCpuSince(javaCpuBefore));
    }

    /** Fixed arrival rate; latency counts from the planned send time, so a stall is not hidden (no coordinated omission). */
    private static Result openLoopHttp(URI uri, int rate, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16)).build();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long cpuBefore = processCpuNanos();
        Map<Long, Long> javaCpuBefore = javaThreadCpuNanos();
        for (int i = 0; i < total; i++) {
            int index = i;
            long planned = start + i * periodNanos;
            ticker.schedule(() -> client.sendAsync(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies[index] = System.nanoTime() - planned;
                        if (error != null || response.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                        done.countDown();
                    }), planned - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        ticker.shutdownNow();
        return new Result(total, errors.get(), elapsed, latencies, processCpuNanos() - cpuBefore, javaThreadCpuSince(javaCpuBefore));
    }

    /** Java 17 has no Thread.ofPlatform(); a small stand-in keeps the loop readable. */
    private static final class Thread {
        static void ofPlatformCompat(Runnable body) {
            java.lang.Thread thread = new java.lang.Thread(body, "bench-client");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
