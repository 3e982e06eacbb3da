package nl.inbreng.common;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Said at a date field whose text is no date ("" from an empty date picker, or "12-10-2026"). */
    static final String BAD_DATE = "Vul een geldige datum in, of laat het veld weg als het niet verplicht is.";

    /**
     * The JSON reader names the property it could not read only in its message ("Error decoding property [LocalDate
     * date] of type [...]"); a date that does not parse has no structured path like a wrong number has.
     */
    private static final Pattern DECODED_PROPERTY = Pattern.compile("^Error decoding property \\[[^\\]\\s]+ (\\w+)\\]");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Optional<String> badDate = status == 400 ? badDate(context) : Optional.empty();
        if (badDate.isPresent()) {
            return response.body(Problem.invalid(List.of(new Problem.FieldError(badDate.get(), BAD_DATE))))
                    .contentType(Problem.MEDIA_TYPE);
        }
        Optional<InvalidPropertyFormatException> badField = badField(context);
        if (status == 400 && badField.isPresent()) {
            // a value of the wrong kind for one field (1.5 for a whole number): a field error like the use cases give
            String message = badField.get().getMessage() != null && badField.get().getMessage().contains(WholeNumbers.MESSAGE)
                    ? WholeNumbers.MESSAGE : "Deze waarde past niet bij dit veld.";
            return response.body(Problem.invalid(List.of(new Problem.FieldError(badField.get().getArgument().getName(),
                    message)))).contentType(Problem.MEDIA_TYPE);
        }
        Problem problem = Problem.of(status, DutchProblemTitles.forStatus(status), detailFor(context, status));
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** The top-level field whose text was no date, when that is what made the body unreadable. */
    private static Optional<String> badDate(ErrorContext context) {
        String property = null;
        boolean date = false;
        for (Throwable t = context.getRootCause().orElse(null); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException && property == null && t.getMessage() != null) {
                Matcher named = DECODED_PROPERTY.matcher(t.getMessage());
                property = named.find() ? named.group(1) : null;
            }
            date |= t instanceof DateTimeParseException;
        }
        return date ? Optional.ofNullable(property) : Optional.empty();
    }

    private static Optional<InvalidPropertyFormatException> badField(ErrorContext context) {
        for (Throwable t = context.getRootCause().orElse(null); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
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
