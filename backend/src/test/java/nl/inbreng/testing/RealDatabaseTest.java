package nl.inbreng.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Base for tests that store data: the application runs against this run's real MySQL-family schema (see
 * {@link TestDatabase}) with its search index in a fresh temporary data folder and no demo content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RealDatabaseTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        TestDatabase database = TestDatabase.get();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("inbreng.data-dir", temporaryDataDir());
        properties.put("inbreng.demo-data", "false");
        properties.putAll(extraProperties());
        return properties;
    }

    /** Settings a test class adds on top of the real database. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    private static String temporaryDataDir() {
        try {
            return Files.createTempDirectory("inbreng-test-data").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
