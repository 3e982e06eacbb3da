package nl.inbreng.testing;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

/**
 * Base for tests that run the application and store data: it runs against this run's real MySQL-family schema (see
 * {@link TestDatabase}) with its search index in a temporary data folder and no demo content. Test classes with the
 * same {@link #extraProperties()} share one running application ({@link SharedApplication}); their {@code @Inject}
 * fields are filled from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedApplication.class)
public abstract class RealDatabaseTest {

    /** The settings the application runs with: the database, no demo content, and the class's own. */
    final Map<String, String> settings() {
        TestDatabase database = TestDatabase.get();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put("inbreng.demo-data", "false");
        properties.putAll(extraProperties());
        return properties;
    }

    /**
     * Settings a test class adds on top of the real database. Every class that adds some starts an application of its
     * own, so add only what the test is about (application-test.yml holds what all tests need).
     */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
