package nl.inbreng.themes.suggestions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.inbreng.common.Problem;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * POST /api/v1/theme-suggestions: "Gaat het hierover?" on the input form. Public and without login like the form
 * itself; the per-client limit on public posts applies (RateLimitFilter). Answers with no-store so no cache keeps
 * a resident's words.
 */
@Controller("/api/v1/theme-suggestions")
@ExecuteOn(TaskExecutors.BLOCKING)
class ThemeSuggestionsController {

    private final SuggestThemesForResident suggest;

    ThemeSuggestionsController(SuggestThemesForResident suggest) {
        this.suggest = suggest;
    }

    @Post
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = SuggestThemesForResident.Proposal.class))))
    HttpResponse<?> suggest(@Body SuggestThemesForResident.Request request, @QueryValue @Nullable String lang) {
        SuggestThemesForResident.Result result = suggest.suggest(request, "en".equalsIgnoreCase(lang));
        if (result instanceof SuggestThemesForResident.Result.Proposed proposed) {
            return HttpResponse.ok(proposed.themes()).header("Cache-Control", "no-store");
        }
        return HttpResponse.badRequest(Problem.invalid(((SuggestThemesForResident.Result.Invalid) result).errors()))
                .contentType(Problem.MEDIA_TYPE);
    }
}
