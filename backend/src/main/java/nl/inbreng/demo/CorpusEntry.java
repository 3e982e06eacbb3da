package nl.inbreng.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One line of the labelled demo corpus. {@code themes} are the gold labels, primary first; {@code unsure}
 * means the resident ticked "Weet ik niet", so the input is stored without themes.
 */
@Serdeable
public record CorpusEntry(
        List<String> themes,
        String problem,
        @Nullable String solution,
        @Nullable String area,
        String respondentType,
        String channel,
        @Nullable String ageBand,
        int daysAgo,
        boolean unsure) {
}
