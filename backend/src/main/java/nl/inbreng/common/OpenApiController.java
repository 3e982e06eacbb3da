package nl.inbreng.common;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;

/** GET /api/openapi.yml: the OpenAPI description that the build wrote into the jar (META-INF/swagger). */
@Controller("/api/openapi.yml")
@Hidden
class OpenApiController {

    private static final String SPEC = "classpath:META-INF/swagger/inbreng-1.yml";

    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(produces = "application/yaml")
    HttpResponse<StreamedFile> spec() {
        return resources.getResource(SPEC)
                .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(MediaType.of("application/yaml")))
                .orElseGet(HttpResponse::notFound);
    }
}
