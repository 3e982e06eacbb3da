package nl.inbreng.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract promises that the jar carries its OpenAPI description; the server also serves it. */
class OpenApiDescriptionTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void describesTheContractsRoutes() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/api/openapi.yml"), String.class);

        assertEquals("application/yaml", response.getContentType().orElseThrow().toString());
        String spec = response.body();
        assertTrue(spec.startsWith("openapi: 3."), spec.substring(0, Math.min(40, spec.length())));
        for (String path : List.of("/api/v1/themes:", "/api/v1/areas:", "/api/v1/rounds:", "/api/v1/submissions:",
                "/api/v1/submissions/{receipt}:", "/api/v1/priorities:", "/api/admin/login:", "/api/admin/submissions:",
                "/api/admin/imports:", "/api/admin/submissions/{id}/theme-suggestions:", "/api/admin/clusterings:")) {
            assertTrue(spec.contains("\n  " + path + "\n"), "the description lists " + path);
        }
    }

    @Test
    void isInsideTheJarWhereTheContractSaysItIs() {
        assertTrue(getClass().getClassLoader().getResource("META-INF/swagger/inbreng-1.yml") != null);
    }
}
