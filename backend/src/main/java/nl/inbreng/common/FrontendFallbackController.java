package nl.inbreng.common;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Deep links such as /mijn-inbreng/ABC or /admin/inbox are routes of the single-page apps, not files: when
 * nothing else answers a GET for a page, serve the app's index.html and let its router take over. API paths
 * and missing files (a name with a dot) keep their honest 404.
 */
@Controller
class FrontendFallbackController {

    private static final String PORTAL_INDEX = "public/index.html";
    private static final String ADMIN_INDEX = "public/admin/index.html";

    /** The admin app's entry; answered here so it is served as HTML, not as a file without extension. */
    @Get("/admin")
    HttpResponse<byte[]> adminEntry() {
        return indexPage(ADMIN_INDEX);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        if (request.getMethod() != HttpMethod.GET || !isAppRoute(path)) {
            return HttpResponse.notFound(Problem.of(404, DutchProblemTitles.forStatus(404), "Dit adres bestaat niet (meer)."))
                    .contentType(Problem.MEDIA_TYPE);
        }
        return indexPage(path.startsWith("/admin/") ? ADMIN_INDEX : PORTAL_INDEX);
    }

    private static HttpResponse<byte[]> indexPage(String resource) {
        return HttpResponse.ok(read(resource))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-cache");
    }

    private static boolean isAppRoute(String path) {
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/health")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }

    private static byte[] read(String resource) {
        try (InputStream in = FrontendFallbackController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Frontend build missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
