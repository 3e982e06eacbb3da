package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The body of POST /api/v1/submissions. Choices arrive as plain strings so that a wrong value gets a Dutch
 * message on its own field instead of a generic "cannot read JSON". {@code website} is a honeypot: people
 * never see it, form-filling robots do.
 */
@Serdeable
public record SubmissionRequest(
        @Nullable List<String> themeCodes,
        @Nullable Boolean themeUnsure,
        @Nullable String problem,
        @Nullable String solution,
        @Nullable String areaCode,
        @Nullable String respondentType,
        @Nullable String ageBand,
        @Nullable String channel,
        @Nullable Long roundId,
        @Nullable ContactRequest contact,
        @Nullable Boolean consent,
        @Nullable String website) {

    /** Contact details the resident may leave for feedback. */
    @Serdeable
    public record ContactRequest(@Nullable String name, @Nullable String email, @Nullable String phone) {

        boolean isEmpty() {
            return isBlank(name) && isBlank(email) && isBlank(phone);
        }

        private static boolean isBlank(@Nullable String text) {
            return text == null || text.isBlank();
        }
    }
}
