package nl.inbreng.themes.suggestions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.inbreng.common.Problem;
import nl.inbreng.themes.ThemeCatalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes themes to a resident who has described a problem but not yet chosen a theme: the werkgroep's own
 * suggestion model ({@link ThemeSuggestions}), limited to the themes a resident can choose, named in the resident's
 * language. Nothing is stored and nothing is logged: the text exists only for the length of the call.
 */
@Singleton
class SuggestThemesForResident {

    static final int MAX_TEXT = 5000;
    /** Below this a description says too little to suggest from ("overlast"), and the resident picks from the list. */
    static final int MIN_TEXT = 10;

    private final ThemeSuggestions suggestions;
    private final ThemeCatalogue catalogue;

    SuggestThemesForResident(ThemeSuggestions suggestions, ThemeCatalogue catalogue) {
        this.suggestions = suggestions;
        this.catalogue = catalogue;
    }

    @Serdeable
    record Request(@Nullable String problem, @Nullable String solution) {
    }

    /** One proposed theme as the resident sees it. */
    @Serdeable
    record Proposal(String code, String name, @Nullable String description) {
    }

    sealed interface Result {
        record Proposed(List<Proposal> themes) implements Result {
        }

        record Invalid(List<Problem.FieldError> errors) implements Result {
        }
    }

    Result suggest(Request request, boolean english) {
        String problem = request.problem() == null ? "" : request.problem().strip();
        String solution = request.solution() == null ? "" : request.solution().strip();
        if (problem.length() > MAX_TEXT || solution.length() > MAX_TEXT) {
            return new Result.Invalid(List.of(new Problem.FieldError(problem.length() > MAX_TEXT ? "problem" : "solution",
                    "Gebruik hoogstens " + MAX_TEXT + " tekens.")));
        }
        if (problem.length() < MIN_TEXT) {
            return new Result.Proposed(List.of());
        }
        Map<String, ThemeCatalogue.ThemeView> choosable = new LinkedHashMap<>();
        for (ThemeCatalogue.VeldView veld : catalogue.publicCatalogue(english)) {
            veld.themes().forEach(theme -> choosable.put(theme.code(), theme));
        }
        List<Proposal> proposals = suggestions.forText(solution.isEmpty() ? problem : problem + " " + solution).stream()
                .map(suggestion -> choosable.get(suggestion.code()))
                .filter(theme -> theme != null)
                .map(theme -> new Proposal(theme.code(), theme.name(), theme.description()))
                .toList();
        return new Result.Proposed(proposals);
    }
}
