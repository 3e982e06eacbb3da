package nl.inbreng.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Locale;
import java.util.Set;

/**
 * Keeps the small body limit on every route except the spreadsheet import. Micronaut has one server-wide
 * {@code max-request-size} and no per-route setting, so that global limit is the import's (10 MB) and this filter
 * refuses bodies larger than {@link #LIMIT_BYTES} everywhere else with the same 413 answer as before
 * (docs/adr/0080-request-size-per-route.md).
 */
@ServerFilter(value = "/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
class BodySizeLimitFilter {

    /** The limit for every route but the import; the longest input text is far below it. */
    static final long LIMIT_BYTES = 256L * 1024;

    /** The only routes that take a whole file; the global max-request-size caps them. */
    static final Set<String> FILE_ROUTES = Set.of("/api/admin/imports", "/api/admin/imports/preview");

    static final String LENGTH_REQUIRED_DETAIL = "Stuur de lengte van uw bericht mee (de kop Content-Length). "
            + "Een webbrowser doet dat vanzelf.";

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (FILE_ROUTES.contains(request.getPath())) {
            return null;
        }
        long declared = request.getContentLength();
        if (declared > LIMIT_BYTES) {
            return problem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ProblemErrorResponseProcessor.TOO_LARGE_DETAIL);
        }
        // A chunked body announces no length, so it could only be measured by buffering it first. Browsers, the kiosk
        // and our own clients always send a length; a chunked body on these routes is refused up front instead.
        if (declared < 0 && isChunked(request)) {
            return problem(HttpStatus.LENGTH_REQUIRED, LENGTH_REQUIRED_DETAIL);
        }
        return null;
    }

    private static boolean isChunked(HttpRequest<?> request) {
        String encoding = request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static HttpResponse<?> problem(HttpStatus status, String detail) {
        return HttpResponse.status(status)
                .body(Problem.of(status.getCode(), DutchProblemTitles.forStatus(status.getCode()), detail))
                .contentType(Problem.MEDIA_TYPE);
    }
}
