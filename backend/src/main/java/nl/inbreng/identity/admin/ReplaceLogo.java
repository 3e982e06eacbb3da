package nl.inbreng.identity.admin;

import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;
import nl.inbreng.identity.CurrentGemeente;
import nl.inbreng.identity.GemeenteLogo;
import nl.inbreng.identity.GemeenteLogoRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A beheerder uploads or removes the gemeente's logo. Only image types a browser shows in an img element pass, and an
 * SVG that carries script is refused: the portal shows the logo on every page.
 */
@Singleton
class ReplaceLogo {

    static final int MAX_BYTES = 200 * 1024;
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/svg+xml");

    private final CurrentGemeente current;
    private final GemeenteLogoRepository logos;
    private final Clock clock;

    ReplaceLogo(CurrentGemeente current, GemeenteLogoRepository logos, Clock clock) {
        this.current = current;
        this.logos = logos;
        this.clock = clock;
    }

    sealed interface Result {
        record Saved() implements Result {
        }

        record Removed() implements Result {
        }

        record Invalid(List<Problem.FieldError> errors) implements Result {
        }

        record NoGemeente() implements Result {
        }
    }

    Result replace(String contentType, byte[] data) {
        var gemeente = current.get();
        if (gemeente.isEmpty()) {
            return new Result.NoGemeente();
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            return invalid("Kies een afbeelding in PNG, JPEG, WebP of SVG.");
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            return invalid("Het logo mag hoogstens 200 kB groot zijn.");
        }
        if (type.equals("image/svg+xml") && carriesScript(new String(data, StandardCharsets.UTF_8))) {
            return invalid("Dit SVG-bestand bevat scripts of links naar buiten. Sla het logo op als eenvoudige SVG of als PNG.");
        }
        Long id = gemeente.get().id();
        GemeenteLogo logo = new GemeenteLogo(id, type, data, LocalDateTime.now(clock));
        if (logos.existsById(id)) {
            logos.update(logo);
        } else {
            logos.save(logo);
        }
        return new Result.Saved();
    }

    Result remove() {
        var gemeente = current.get();
        if (gemeente.isEmpty()) {
            return new Result.NoGemeente();
        }
        logos.deleteById(gemeente.get().id());
        return new Result.Removed();
    }

    private static boolean carriesScript(String svg) {
        String lower = svg.toLowerCase(Locale.ROOT);
        return lower.contains("<script") || lower.contains("javascript:") || lower.matches("(?s).*\\son[a-z]+\\s*=.*")
                || lower.contains("<foreignobject") || lower.matches("(?s).*(?:href|src)\\s*=\\s*[\"']\\s*(?:https?:|//).*");
    }

    private static Result invalid(String message) {
        return new Result.Invalid(List.of(new Problem.FieldError("logo", message)));
    }
}
