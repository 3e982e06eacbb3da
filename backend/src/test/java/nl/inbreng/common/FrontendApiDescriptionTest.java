package nl.inbreng.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frontend's TypeScript types are generated from a committed copy of the OpenAPI description, because the
 * reactor builds the frontend before the backend (ADR 0180). This test keeps that copy equal to what the compiler
 * wrote into the jar: a renamed field fails here, and after the copy is refreshed the type check fails every page
 * that still uses the old name.
 */
class FrontendApiDescriptionTest {

    private static final String GENERATED = "META-INF/swagger/inbreng-1.yml";
    // Surefire runs in the backend module's folder.
    private static final Path COMMITTED = Path.of("..", "frontend", "src", "shared", "api", "openapi.yml");

    @Test
    void frontendCopyEqualsTheDescriptionInTheJar() throws IOException {
        String generated;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GENERATED)) {
            assertNotNull(in, GENERATED + " is missing: the micronaut-openapi processor did not run");
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "missing " + COMMITTED.toAbsolutePath().normalize());
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);

        assertEquals(generated, committed, """
                The API changed, but the frontend's copy of its OpenAPI description did not. Refresh it from the root \
                of the repository after a build, then run the frontend's type check:
                  cp backend/target/classes/META-INF/swagger/inbreng-1.yml frontend/src/shared/api/openapi.yml
                  (cd frontend && npm run typecheck)
                """);
    }
}
