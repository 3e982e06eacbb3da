package nl.inbreng.common;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Turns every error Micronaut itself raises (unknown route, broken JSON, oversized body…) into a Dutch
 * problem+json answer, so clients see one error shape. Internal details never reach the client.
 */
@Singleton
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    /** The public answer to a body that is too large (also given by {@link BodySizeLimitFilter}). */
    static final String TOO_LARGE_DETAIL = "Maak uw tekst korter en probeer het opnieuw.";
    static final String FILE_TOO_LARGE_DETAIL =
            "Het bestand is groter dan 10 MB. Verdeel de regels over een paar kleinere bestanden en importeer die één voor één.";

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Problem problem = Problem.of(status, DutchProblemTitles.forStatus(status), detailFor(context, status));
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static String detailFor(ErrorContext context, int status) {
        Throwable cause = context.getRootCause().orElse(null);
        if (status == 400 && (cause instanceof CodecException || cause instanceof ConversionErrorException)) {
            return "De gegevens konden niet worden gelezen. Stuur geldige JSON met de velden zoals beschreven.";
        }
        if (status == 413) {
            boolean file = BodySizeLimitFilter.FILE_ROUTES.contains(context.getRequest().getPath());
            return file ? FILE_TOO_LARGE_DETAIL : TOO_LARGE_DETAIL;
        }
        if (status == 404) {
            return "Dit adres bestaat niet (meer).";
        }
        return null;
    }
}
