package nl.inbreng.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built backend/target/inbreng.jar started as an operator would: `java -jar` with environment settings only. */
public final class RunningJar implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RunningJar(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar on a free port and waits until /health says UP; its output goes to target/smoke-NAME.log. */
    public static RunningJar start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        return start(Path.of("target", "inbreng.jar"), Path.of("target", "smoke-" + name + ".log"), environment);
    }

    /** Starts this jar on a free port and waits until /health says UP; its output goes to the log file. */
    public static RunningJar start(Path jarFile, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path jar = jarFile.toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Run `mvn package` first: " + jar + " is missing");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        RunningJar running = new RunningJar(builder.start(), port);
        running.awaitHealthy();
        return running;
    }

    public int port() {
        return port;
    }

    /** The operating system's id of the jar's process, for jcmd and /proc. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends any request to this instance. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** kill -9: no shutdown hook, no flush, no goodbye; what a crashed node or an OOM-killed pod does. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped with exit code " + process.exitValue());
            }
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The jar did not report healthy within " + START_LIMIT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
