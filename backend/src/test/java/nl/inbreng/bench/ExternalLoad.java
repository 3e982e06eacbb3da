package nl.inbreng.bench;

import nl.inbreng.testing.RunningJar;
import nl.inbreng.testing.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The submission benchmark as a deployment sees it: the built jar in its own JVM, the load from wrk in a second
 * process, so the server is not charged for the benchmark's own HTTP client (in the in-process variant that client
 * took about a fifth of all CPU on a 2-core machine). The JDBC ceiling runs in the same run, against the same schema.
 * Needs wrk on the PATH (Debian package wrk). Not a test; run with {@code -Dbench.jar=…} (infra/bench/submissions.sh).
 */
final class ExternalLoad {

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
        try (RunningJar server = RunningJar.start(jar, work.resolve("server.log"), environment(database, clients, work))) {
            URI submissions = server.uri("/api/v1/submissions");
            System.out.printf("Inbreng submission benchmark, external load: %s in its own JVM, wrk with %d connections, "
                    + "%d s per phase%n", jar, clients, seconds);
            // C2 keeps compiling the request path for about 40 s under this load (a 10 s warm-up measured the JIT)
            wrk(script, submissions, clients, warmupSeconds);
            ceiling.call();
            System.out.println();
            System.out.println("| round | run | requests | errors | throughput (/s) | p50 (ms) | p99 (ms) | CPU ms / request |");
            System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                // interleaved: this machine's database speed changes between identical runs (docs/benchmarks.md)
                SubmissionBenchmark.Result jdbc = ceiling.call();
                long cpuBefore = processCpuMillis(server.pid());
                String out = wrk(script, submissions, clients, seconds);
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
        }
    }

    private static Map<String, String> environment(TestDatabase database, int clients, Path work) {
        return Map.of(
                "INBRENG_DATA_DIR", work.resolve("data").toString(),
                "INBRENG_DEMO_DATA", "false",
                "INBRENG_RATE_LIMIT_ENABLED", "false",
                "DATASOURCES_DEFAULT_URL", database.url(),
                "DATASOURCES_DEFAULT_USERNAME", database.username(),
                "DATASOURCES_DEFAULT_PASSWORD", database.password() == null ? "" : database.password(),
                "DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE", Integer.toString(clients + 2));
    }

    private static String wrk(Path script, URI target, int clients, int seconds) throws Exception {
        List<String> command = List.of("wrk", "-t", "2", "-c", Integer.toString(clients),
                "-d", seconds + "s", "--latency", "-s", script.toString(), target.toString());
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
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
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
