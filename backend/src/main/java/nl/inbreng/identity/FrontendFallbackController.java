package nl.inbreng.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import nl.inbreng.common.DutchProblemTitles;
import nl.inbreng.common.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Serves the two Vue apps from classpath:public. The route {@code /{+path}} is the least specific GET route, so every
 * API route wins over it. A file that exists is served as is (hashed assets cached for a year); a page route such as
 * /mijn-inbreng/ABC or /admin/inbox, which is a route of a single-page app and not a file, gets that app's
 * index.html so the app's router can take over. Anything else is an honest problem+json 404. Being a route and not a
 * global 404 handler, it leaves the 404 answers of other controllers (with their own Dutch detail) untouched.
 */
@Controller
@Hidden
class FrontendFallbackController {

    private static final String ROOT = "public/";
    private static final String PORTAL_INDEX = "index.html";
    private static final String ADMIN_INDEX = "admin/index.html";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final IdentityInPage identity;

    FrontendFallbackController(IdentityInPage identity) {
        this.identity = identity;
    }

    @Get
    HttpResponse<?> portalEntry() {
        return page(PORTAL_INDEX);
    }

    @Get("/{+path}")
    HttpResponse<?> fileOrPage(@PathVariable String path) {
        if (path.contains("..") || path.startsWith("/") || path.startsWith("api/") || path.equals("api")) {
            return notFound();
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        if (lastSegment.isEmpty() || !lastSegment.contains(".")) {
            // a page route of one of the apps (folders are never served as files)
            return page(path.equals("admin") || path.startsWith("admin/") ? ADMIN_INDEX : PORTAL_INDEX);
        }
        return read(ROOT + path)
                .<HttpResponse<?>>map(bytes -> HttpResponse.ok(bytes)
                        .contentType(MediaType.forFilename(path))
                        .header("Cache-Control", path.startsWith("assets/") ? IMMUTABLE : "no-cache"))
                .orElseGet(FrontendFallbackController::notFound);
    }

    private HttpResponse<?> page(String index) {
        byte[] html = read(ROOT + index)
                .orElseThrow(() -> new IllegalStateException("Frontend build missing from the jar: " + index));
        // the gemeente's name, title and house style go into the page itself (identity/IdentityInPage)
        String filled = identity.fill(new String(html, java.nio.charset.StandardCharsets.UTF_8), index.equals(ADMIN_INDEX));
        return HttpResponse.ok(filled).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8").header("Cache-Control", "no-cache");
    }

    private static HttpResponse<Problem> notFound() {
        return HttpResponse.<Problem>notFound(Problem.of(404, DutchProblemTitles.forStatus(404), "Dit adres bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = FrontendFallbackController.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
