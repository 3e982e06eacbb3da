package nl.inbreng.bench;

import nl.inbreng.testing.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The submission benchmark as a deployment sees it: the built jar in its own JVM, the load from wrk in a second
 * process, so the server is not charged for the benchmark's own HTTP client (in the in-process variant that client
 * took about a fifth of all CPU on a 2-core machine). The JDBC ceiling runs in the same run, against the same schema.
 * Needs wrk on the PATH (Debian package wrk). Not a test; run with {@code -Dbench.jar=…} (infra/bench/submissions.sh).
 */
final class ExternalLoad {

    private static final int PORT = Integer.getInteger("bench.port", 18095);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private ExternalLoad() {
    }

    static void run(TestDatabase database, Path jar, int clients, int seconds, int warmupSeconds, String body,
                    Callable<SubmissionBenchmark.Result> ceiling) throws Exception {
        Path work = Files.createTempDirectory("inbreng-bench-external");
        Path script = work.resolve("post.lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.body = [[%s]]
                """.formatted(body), StandardCharsets.UTF_8);
        Process server = start(database, jar, clients, work);
        try {
            awaitHealth(server);
            System.out.printf("Inbreng submission benchmark, external load: %s in its own JVM, wrk with %d connections, "
                    + "%d s per phase%n", jar, clients, seconds);
            // C2 keeps compiling the request path for about 40 s under this load (a 10 s warm-up measured the JIT)
            wrk(script, clients, warmupSeconds);
            ceiling.call();
            System.out.println();
            System.out.println("| round | run | requests | errors | throughput (/s) | p50 (ms) | p99 (ms) | CPU ms / request |");
            System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                // interleaved: this machine's database speed changes between identical runs (docs/benchmarks.md)
                SubmissionBenchmark.Result jdbc = ceiling.call();
                long cpuBefore = processCpuMillis(server.pid());
                String out = wrk(script, clients, seconds);
                long serverCpu = processCpuMillis(server.pid()) - cpuBefore;
                int requests = Integer.parseInt(find(TOTAL, out, "0"));
                int errors = Integer.parseInt(find(NON_2XX, out, "0")) + socketErrors(out);
                double throughput = Double.parseDouble(find(REQUESTS_PER_SECOND, out, "0"));
                System.out.printf("| %d | plain JDBC insert loop (ceiling), %d threads | %d | %d | %.0f | %.1f | %.1f | %.2f (client) |%n",
                        round, clients, jdbc.requests(), jdbc.errors(), jdbc.throughput(), jdbc.percentileMs(50),
                        jdbc.percentileMs(99), jdbc.cpuNanos() / 1e6 / Math.max(1, jdbc.requests()));
                System.out.printf("| %d | POST /api/v1/submissions from wrk, %d connections | %d | %d | %.0f | %s | %s | %.2f (server) |%n",
                        round, clients, requests, errors, throughput, latency(out, "50%"), latency(out, "99%"),
                        (double) serverCpu / Math.max(1, requests));
                ratios.add(100.0 * throughput / jdbc.throughput());
            }
            System.out.printf("%nHTTP throughput per round = %s %% of that round's JDBC ceiling%n",
                    ratios.stream().map(r -> String.format("%.0f", r)).toList());
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Process start(TestDatabase database, Path jar, int clients, Path work) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        Map<String, String> env = builder.environment();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(PORT));
        env.put("INBRENG_DATA_DIR", work.resolve("data").toString());
        env.put("INBRENG_DEMO_DATA", "false");
        env.put("INBRENG_RATE_LIMIT_ENABLED", "false");
        env.put("DATASOURCES_DEFAULT_URL", database.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password() == null ? "" : database.password());
        env.put("DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE", Integer.toString(clients + 2));
        builder.redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        return builder.start();
    }

    private static void awaitHealth(Process server) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the jar stopped during start; see its server.log");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the jar did not become healthy within 2 minutes");
    }

    private static String wrk(Path script, int clients, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", "2", "-c", Integer.toString(clients),
                "-d", seconds + "s", "--latency", "-s", script.toString(),
                "http://127.0.0.1:" + PORT + "/api/v1/submissions"));
        Process wrk;
        try {
            wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk", e);
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed (is the Debian package wrk installed?):\n" + out);
        }
        return out;
    }

    /** user + system CPU of a process, from /proc (Linux). */
    private static long processCpuMillis(long pid) throws IOException {
        return cpuMillis(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    private static long cpuMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / 100; // USER_HZ is 100 on Linux
    }

    private static String latency(String wrkOutput, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(wrkOutput);
        if (!m.find()) {
            return "?";
        }
        double value = Double.parseDouble(m.group(1));
        double ms = switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return String.format("%.1f", ms);
    }

    private static int socketErrors(String wrkOutput) {
        Matcher m = SOCKET_ERRORS.matcher(wrkOutput);
        if (!m.find()) {
            return 0;
        }
        int sum = 0;
        for (int group = 1; group <= 4; group++) {
            sum += Integer.parseInt(m.group(group));
        }
        return sum;
    }

    private static String find(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
