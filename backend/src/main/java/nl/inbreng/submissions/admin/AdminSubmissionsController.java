package nl.inbreng.submissions.admin;

import nl.inbreng.accounts.Ownership;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.search.SearchResult;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.themes.suggestions.ThemeClassifier;
import nl.inbreng.themes.suggestions.ThemeSuggestions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The werkgroep's inbox: search and filter all input, and open one. */
@Controller("/api/admin/submissions")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
@OwnedBy(Owner.SUBMISSION)
class AdminSubmissionsController {

    private final SubmissionSearch search;
    private final ShowSubmission showSubmission;
    private final ThemeSuggestions suggestions;

    private final Ownership ownership;

    AdminSubmissionsController(SubmissionSearch search, ShowSubmission showSubmission, ThemeSuggestions suggestions,
                               Ownership ownership) {
        this.search = search;
        this.showSubmission = showSubmission;
        this.suggestions = suggestions;
        this.ownership = ownership;
    }

    @Get
    @SuppressWarnings("java:S107") // the contract's query parameters
    Inbox list(@QueryValue @Nullable String q, @QueryValue @Nullable String theme, @QueryValue @Nullable String veld,
               @QueryValue @Nullable String channel, @QueryValue @Nullable String area,
               @QueryValue @Nullable String round, @QueryValue @Nullable String respondentType,
               @QueryValue @Nullable String status, @QueryValue @Nullable String unsure,
               @QueryValue @Nullable String from, @QueryValue @Nullable String to, @QueryValue @Nullable String sort,
               @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        SearchResult result = search.search(InboxParameters.parse(q, theme, veld, channel, area, round, respondentType,
                status, unsure, from, to, sort, page, size));
        return new Inbox(result.total(), result.items().stream().map(InboxItem::of).toList(), result.facets(),
                result.typoTolerant());
    }

    @Get("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ShowSubmission.Detail.class)))
    HttpResponse<?> show(@PathVariable long id) {
        ShowSubmission.Result result = showSubmission.show(id);
        if (result instanceof ShowSubmission.Result.Found found) {
            return HttpResponse.ok(found.detail());
        }
        return notFound();
    }

    @Get("/{id}/theme-suggestions")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = SuggestionView.class))))
    HttpResponse<?> themeSuggestions(@PathVariable long id) {
        return suggestions.forSubmission(id)
                .<HttpResponse<?>>map(list -> HttpResponse.ok(list.stream()
                        .map(suggestion -> SuggestionView.of(suggestion, this::reachable)).toList()))
                .orElseGet(() -> notFound());
    }

    private boolean reachable(long submissionId) {
        return ownership.reachable(Owner.SUBMISSION, submissionId);
    }

    private static HttpResponse<?> notFound() {
        return HttpResponse.notFound(Problem.of(404, "Deze inbreng bestaat niet",
                "Misschien is het nummer verkeerd of is de inbreng verwijderd.")).contentType(Problem.MEDIA_TYPE);
    }

    /**
     * A theme code with a score between 0 and 1 and why it is suggested: the contract's {code, score} plus an
     * explanation (ADR 0100), which the detail view shows and an Algoritmeregister entry can describe.
     */
    @Serdeable
    record SuggestionView(String code, double score, ExplanationView explanation) {
        /** The similar inputs it names are only those the account may see: the model learns from every gemeente. */
        static SuggestionView of(ThemeClassifier.Suggestion suggestion, java.util.function.LongPredicate reachable) {
            ThemeClassifier.Explanation e = suggestion.explanation();
            return new SuggestionView(suggestion.code(), suggestion.score(), new ExplanationView(e.taggedInputs(),
                    e.fromThemeText(), e.words(), e.similar().stream().filter(s -> reachable.test(s.id()))
                    .map(s -> new SimilarInputView(s.id(), s.snippet(), s.similarity())).toList()));
        }
    }

    /**
     * {@code taggedInputs}: inputs tagged with the theme that the model learnt from; {@code fromThemeText}: the share
     * of the score that came from the theme's own text rather than from tagged inputs; {@code words}: the words of
     * this input that pushed the theme most; {@code similar}: the most similar inputs tagged with the theme.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // empty lists too: application.yml's inclusion key does not take effect
    record ExplanationView(int taggedInputs, double fromThemeText, List<String> words, List<SimilarInputView> similar) {
    }

    @Serdeable
    record SimilarInputView(long id, String snippet, double similarity) {
    }

    /** One page of the inbox, as the contract describes it; {@code typoTolerant} marks a second, fuzzy try. */
    @Serdeable
    record Inbox(long total, List<InboxItem> items, Map<String, Map<String, Long>> facets, boolean typoTolerant) {
    }

    @Serdeable
    record InboxItem(long id, String problem, @Nullable String solution, List<String> themeCodes, String channel,
                     @Nullable String areaCode, @Nullable Long roundId, String respondentType, String status,
                     LocalDateTime createdAt, @Nullable String highlight, int count) {

        /** {@code count} is the input itself plus the near-duplicates merged into it. */
        static InboxItem of(SearchResult.Hit hit) {
            return new InboxItem(hit.id(), hit.problem(), hit.solution(), hit.themeCodes(), hit.channel(),
                    hit.areaCode(), hit.roundId(), hit.respondentType(), hit.status(), hit.createdAt(), hit.highlight(),
                    hit.duplicateCount() + 1);
        }
    }
}
