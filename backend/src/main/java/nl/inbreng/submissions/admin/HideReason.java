package nl.inbreng.submissions.admin;

import nl.inbreng.common.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** Why the werkgroep hides an input; a fixed list so that reports can count the reasons. */
enum HideReason {
    PERSOONSGEGEVENS, BELEDIGEND, NIET_OVER_VEILIGHEID, DUBBEL, OVERIG;

    static HideReason parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Kies waarom u deze inbreng verbergt.");
        }
        return Arrays.stream(values()).filter(r -> r.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInputException(field,
                        "Kies een van deze redenen: PERSOONSGEGEVENS, BELEDIGEND, NIET_OVER_VEILIGHEID, DUBBEL of OVERIG."));
    }
}
