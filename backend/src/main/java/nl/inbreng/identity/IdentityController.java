package nl.inbreng.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.inbreng.common.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** GET /api/v1/identity: whose portal this is; GET /api/v1/identity/logo: its logo. */
@Controller("/api/v1/identity")
@ExecuteOn(TaskExecutors.BLOCKING)
class IdentityController {

    private final ShowIdentity identity;
    private final CurrentGemeente current;
    private final GemeenteLogoRepository logos;

    IdentityController(ShowIdentity identity, CurrentGemeente current, GemeenteLogoRepository logos) {
        this.identity = identity;
        this.current = current;
        this.logos = logos;
    }

    @Get
    IdentityView show() {
        return identity.show();
    }

    @Get("/logo")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> logo() {
        return current.get().flatMap(gemeente -> logos.findById(gemeente.id()))
                .<HttpResponse<?>>map(logo -> HttpResponse.ok(logo.data())
                        .contentType(MediaType.of(logo.contentType()))
                        .header("Cache-Control", "public, max-age=86400")
                        .header("X-Content-Type-Options", "nosniff")
                        // an uploaded SVG opened on its own must not run anything on this origin
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox"))
                .orElseGet(() -> HttpResponse.notFound(Problem.of(404, "Niet gevonden",
                        "Er is geen logo ingesteld.")).contentType(Problem.MEDIA_TYPE));
    }
}
