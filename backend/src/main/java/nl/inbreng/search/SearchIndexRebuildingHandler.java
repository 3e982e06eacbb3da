package nl.inbreng.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;

/** 503 with Retry-After while the index rebuilds: the inbox, exports and duplicate look-ups wait instead of lying. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class SearchIndexRebuildingHandler implements ExceptionHandler<SearchIndexRebuilding, HttpResponse<Problem>> {

    private final SearchIndex index;

    SearchIndexRebuildingHandler(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SearchIndexRebuilding exception) {
        SearchIndex.RebuildProgress progress = index.rebuildProgress();
        String detail = progress.total() == 0 ? "Probeer het over een minuut opnieuw."
                : "Klaar: " + progress.done() + " van " + progress.total() + " inzendingen. Probeer het over een minuut opnieuw.";
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Problem.of(503, "Het zoeken wordt opnieuw opgebouwd", detail))
                .header("Retry-After", "10")
                .contentType(Problem.MEDIA_TYPE);
    }
}
