package nl.inbreng.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;

/** Maps {@link OutOfScope} to the same 404 the access filter gives for an id of another gemeente. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class OutOfScopeHandler implements ExceptionHandler<OutOfScope, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OutOfScope exception) {
        return HttpResponse.<Problem>notFound(Problem.of(404, "Niet gevonden",
                "Misschien is het nummer verkeerd of is het verwijderd.")).contentType(Problem.MEDIA_TYPE);
    }
}
