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
import jakarta.inject.Named;

import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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

    private static final CompletableFuture<@Nullable HttpResponse<?>> PASS = CompletableFuture.completedFuture(null);

    private final Executor blocking;

    BodySizeLimitFilter(@Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.blocking = blocking;
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> limit(HttpRequest<?> request) {
        if (FILE_ROUTES.contains(request.getPath()) || !(request instanceof ServerHttpRequest<?> server)) {
            return PASS;
        }
        OptionalLong declared = server.byteBody().expectedLength();
        if (declared.isPresent()) {
            return declared.getAsLong() > LIMIT_BYTES ? CompletableFuture.completedFuture(tooLarge()) : PASS;
        }
        // A chunked body announces no length: read a copy (the controller still gets the original). FASTEST lets the
        // copy pull the body in while the original waits unread; the global limit bounds how much can arrive. The
        // request goes on from the blocking pool, not from inside the event loop's body callback.
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()
                .<@Nullable HttpResponse<?>>thenApplyAsync(copy -> {
                    try (CloseableAvailableByteBody body = copy) {
                        return body.length() > LIMIT_BYTES ? tooLarge() : null;
                    }
                }, blocking)
                .exceptionally(unreadable -> null); // the controller's own body binding reports a broken body
    }

    private static HttpResponse<?> tooLarge() {
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(Problem.of(413, DutchProblemTitles.forStatus(413), ProblemErrorResponseProcessor.TOO_LARGE_DETAIL))
                .contentType(Problem.MEDIA_TYPE);
    }
}
