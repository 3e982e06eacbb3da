package nl.inbreng.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Keeps the small body limit on every route except the spreadsheet import. Micronaut has one server-wide
 * {@code max-request-size} and no per-route setting, so that global limit is the import's (10 MB) and this filter
 * refuses larger bodies than {@link #LIMIT_BYTES} everywhere else with the same 413 answer as before
 * (docs/adr/0080-request-size-per-route.md).
 */
@ServerFilter("/**")
class BodySizeLimitFilter {

    /** The limit for every route but the import; the longest input text is far below it. */
    static final long LIMIT_BYTES = 256L * 1024;

    /** The only routes that take a whole file; the global max-request-size caps them. */
    static final Set<String> FILE_ROUTES = Set.of("/api/admin/imports", "/api/admin/imports/preview");

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING) // a body without Content-Length is measured by waiting for it
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) throws InterruptedException {
        if (!WITH_BODY.contains(request.getMethod()) || FILE_ROUTES.contains(request.getPath())
                || !(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        OptionalLong declared = server.byteBody().expectedLength();
        long length = declared.isPresent() ? declared.getAsLong() : measureChunked(server);
        return length > LIMIT_BYTES ? tooLarge() : null;
    }

    // A chunked body announces no length: read a copy (the controller still gets the original). FASTEST lets the
    // copy pull the body in while the original waits unread; the global limit bounds how much can arrive.
    private static long measureChunked(ServerHttpRequest<?> request) throws InterruptedException {
        try (CloseableAvailableByteBody copy = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().get()) {
            return copy.length();
        } catch (ExecutionException unreadable) {
            return 0; // let the controller's own body binding report the broken body
        }
    }

    private static HttpResponse<?> tooLarge() {
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(Problem.of(413, DutchProblemTitles.forStatus(413), ProblemErrorResponseProcessor.TOO_LARGE_DETAIL))
                .contentType(Problem.MEDIA_TYPE);
    }
}
