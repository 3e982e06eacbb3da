package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/** Suggests and removes personal details in one input. */
@Controller("/api/admin/submissions/{id}/redactions")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
@OwnedBy(Owner.SUBMISSION)
class RedactionsController {

    private final Redactions redactions;

    RedactionsController(Redactions redactions) {
        this.redactions = redactions;
    }

    @Get
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Redactions.Suggestion.class))))
    HttpResponse<?> suggest(@PathVariable long id) {
        return answer(redactions.suggest(id));
    }

    @Post
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RedactedView.class)))
    HttpResponse<?> apply(@PathVariable long id, @Body RedactionRequest request) {
        return answer(redactions.apply(id, request.spans()));
    }

    /** The analyst looked at these suggested pieces and leaves them in the text. */
    @Post("/keep")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KeptView.class)))
    HttpResponse<?> keep(@PathVariable long id, @Body RedactionRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        return answer(redactions.keep(id, request.spans(), principal.username()));
    }

    private static HttpResponse<?> answer(Redactions.Result result) {
        if (result instanceof Redactions.Result.Suggested suggested) {
            return HttpResponse.ok(suggested.suggestions());
        }
        if (result instanceof Redactions.Result.Redacted redacted) {
            return HttpResponse.ok(new RedactedView(redacted.problem(), redacted.solution()));
        }
        if (result instanceof Redactions.Result.Kept kept) {
            return HttpResponse.ok(new KeptView(kept.pieces()));
        }
        return HttpResponse.notFound(Problem.of(404, "Deze inbreng bestaat niet",
                "Misschien is het nummer verkeerd of is de inbreng verwijderd.")).contentType(Problem.MEDIA_TYPE);
    }

    /** The pieces a person confirmed. */
    @Serdeable
    record RedactionRequest(@Nullable List<Redactions.Confirmed> spans) {
    }

    @Serdeable
    record KeptView(int kept) {
    }

    @Serdeable
    record RedactedView(@Nullable String problem, @Nullable String solution) {
    }
}
