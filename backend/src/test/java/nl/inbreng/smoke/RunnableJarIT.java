package nl.inbreng.smoke;

import nl.inbreng.testing.RunningJar;
import nl.inbreng.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped jar, started with `java -jar`: on the embedded default and on a real MariaDB. */
class RunnableJarIT {

    private static final Pattern THEME_CODE = Pattern.compile("\"code\":\"([1-5])\\.(\\d)\"");

    @Test
    void startsOnTheEmbeddedDefaultWithDemoContentAndServesBothApps() throws Exception {
        String dataDir = Files.createTempDirectory("inbreng-smoke").toString();
        try (RunningJar jar = RunningJar.start("embedded", Map.of("INBRENG_DATA_DIR", dataDir))) {
            assertEquals(22, countVngThemes(jar.get("/api/v1/themes").body()));
            assertTrue(jar.get("/api/v1/areas").body().contains("\"gemeente\":\"Veenendijk\""), "demo areas loaded");
            assertTrue(jar.get("/api/v1/rounds").body().contains("\"doelgroep\":\"IEDEREEN\""), "an open demo round");
            assertServesPage(jar.get("/"), "assets/portal");
            assertServesPage(jar.get("/mijn-inbreng/ABCD"), "assets/portal");
            assertServesPage(jar.get("/admin/"), "assets/admin");
            assertServesPage(jar.get("/admin/inbox"), "assets/admin");
        }
        assertTrue(Files.exists(Path.of(dataDir, "index")), "the search index lives under INBRENG_DATA_DIR");
    }

    @Test
    void theSameJarRunsOnMariaDbWithTheSameMigrationsAndNoDemoContent() throws Exception {
        TestDatabase database = TestDatabase.get();
        Map<String, String> environment = Map.of(
                "INBRENG_DATA_DIR", Files.createTempDirectory("inbreng-smoke-mariadb").toString(),
                // a schema of its own: other test classes leave areas and rounds in the run's shared schema
                "DATASOURCES_DEFAULT_URL", database.newSchemaUrl(),
                "DATASOURCES_DEFAULT_USERNAME", database.username(),
                "DATASOURCES_DEFAULT_PASSWORD", database.password());
        try (RunningJar jar = RunningJar.start("mariadb", environment)) {
            assertEquals(22, countVngThemes(jar.get("/api/v1/themes").body()));
            assertEquals("[]", jar.get("/api/v1/areas").body(), "demo content is for the embedded default only");
            assertEquals("{\"status\":\"UP\"}", jar.get("/health").body());
        }
    }

    @Test
    void theJarKeepsTheJdkSpecificClassesOfItsLibraries() throws Exception {
        // Lucene, Jackson, Reactor and Logback ship classes per JDK version; a fat jar without the Multi-Release
        // manifest entry hides them, and on JDK 20 or later Lucene then cannot open the search index at all
        try (JarFile jar = new JarFile(Path.of("target", "inbreng.jar").toFile(), true, ZipFile.OPEN_READ,
                Runtime.Version.parse("21"))) {
            assertTrue(jar.isMultiRelease(), "the manifest says Multi-Release: true");
            assertNotNull(jar.getJarEntry("org/apache/lucene/store/MemorySegmentIndexInputProvider.class"),
                    "Lucene's JDK 21 index reader is found as a JDK 21 would look for it");
        }
    }

    private static int countVngThemes(String json) {
        Matcher matcher = THEME_CODE.matcher(json);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static void assertServesPage(HttpResponse<String> response, String bundle) {
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains(bundle), "page loads " + bundle);
    }
}
