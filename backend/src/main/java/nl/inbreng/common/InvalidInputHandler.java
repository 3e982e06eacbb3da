package nl.inbreng.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Maps a use case's rule violations to 400 with one Dutch message per field. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException exception) {
        return HttpResponse.<Problem>badRequest(Problem.invalid(exception.errors())).contentType(Problem.MEDIA_TYPE);
    }
}
