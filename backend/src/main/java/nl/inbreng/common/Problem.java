package nl.inbreng.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem answer with a Dutch title and, for validation errors, one message per field. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, @Nullable String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem("about:blank", "Controleer wat u heeft ingevuld", 400,
                "Een of meer velden zijn niet goed ingevuld. Bij elk veld staat wat u kunt aanpassen.", errors);
    }

    /** One field's complaint, in Dutch, saying what to fix. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
