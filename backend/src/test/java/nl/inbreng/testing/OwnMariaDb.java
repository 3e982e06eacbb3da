package nl.inbreng.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of a test's own, with its own data folder under target/ and its own port, so the test may kill it
 * with -9 and start it again without touching the server other tests share. Uses the machine's mariadbd and
 * mariadb-install-db (Debian's mariadb-server package; CI installs it).
 */
public final class OwnMariaDb implements AutoCloseable {

    private static final String PARAMS = "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    private static final List<Path> SERVER = List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/bin/mariadbd"));
    private static final List<Path> INSTALL = List.of(Path.of("/usr/bin/mariadb-install-db"),
            Path.of("/usr/sbin/mariadb-install-db"), Path.of("/usr/bin/mysql_install_db"));

    private final Path server;
    private final Path folder;
    private final int port;
    private Process process;

    private OwnMariaDb(Path server, Path folder, int port) {
        this.server = server;
        this.folder = folder;
        this.port = port;
    }

    /** Why no server of our own can be made on this machine, or empty when it can. */
    public static Optional<String> unavailableBecause() {
        if (first(SERVER).isEmpty()) {
            return Optional.of("no mariadbd at " + SERVER + " (install Debian's mariadb-server)");
        }
        if (first(INSTALL).isEmpty()) {
            return Optional.of("no mariadb-install-db at " + INSTALL + " (install Debian's mariadb-server)");
        }
        return Optional.empty();
    }

    /** Makes a fresh data folder (target/NAME) with mariadb-install-db, starts the server and creates schema inbreng. */
    public static OwnMariaDb start(String name) throws IOException, InterruptedException, SQLException {
        Path folder = Path.of("target", name).toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        List<String> install = new ArrayList<>(List.of(first(INSTALL).orElseThrow().toString(), "--no-defaults",
                "--datadir=" + folder.resolve("data"), "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runsAsRoot()) {
            install.add("--user=root");
        }
        Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile()).start();
        if (!installing.waitFor(3, TimeUnit.MINUTES) || installing.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed; see " + folder.resolve("install.log"));
        }
        OwnMariaDb db = new OwnMariaDb(first(SERVER).orElseThrow(), folder, freePort());
        db.startServer();
        try (Connection connection = DriverManager.getConnection(db.serverUrl() + PARAMS, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE inbreng CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        return db;
    }

    public String url() {
        return serverUrl() + "inbreng" + PARAMS;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    /** kill -9: the server stops mid-write, as a crashed database node does; InnoDB recovers at the next start. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the server again on the same data folder and port, and waits until it answers. */
    public void restart() throws IOException, InterruptedException {
        startServer();
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    private void startServer() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults",
                "--datadir=" + folder.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + folder.resolve("mariadb.sock"), "--pid-file=" + folder.resolve("mariadb.pid"),
                "--skip-log-bin", "--innodb-buffer-pool-size=64M", "--max-connections=200"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd stopped; see " + folder.resolve("server.log"));
            }
            try (Connection ignored = DriverManager.getConnection(serverUrl() + PARAMS, "root", "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd did not answer within 2 minutes; see " + folder.resolve("server.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> first(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
