package nl.inbreng.advice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.inbreng.common.Problem;
import nl.inbreng.rounds.InvitationLookup;
import nl.inbreng.rounds.RoundState;

import java.util.List;

/**
 * POST /api/v1/rounds/{slug}/advice: an organisation's advice in a round it was invited to. Organisation advice is a
 * channel of input like the kiosk and the thematafels, so it lives beside them and stores through submissions'
 * StoreInput; the round page and the code check stay with rounds.
 */
@Controller("/api/v1/rounds")
class AdviceController {

    private final GiveOrganisationAdvice giveOrganisationAdvice;

    AdviceController(GiveOrganisationAdvice giveOrganisationAdvice) {
        this.giveOrganisationAdvice = giveOrganisationAdvice;
    }

    @Post("/{slug}/advice")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AdviceReceipt.class)))
    HttpResponse<?> advice(@PathVariable String slug, @Body GiveOrganisationAdvice.AdviceRequest request) {
        GiveOrganisationAdvice.Result result = giveOrganisationAdvice.give(slug, request);
        if (result instanceof GiveOrganisationAdvice.Result.Given given) {
            return HttpResponse.created(new AdviceReceipt(given.adviceId(), given.organisationName(), given.submissionIds()));
        }
        if (result instanceof GiveOrganisationAdvice.Result.RoundNotOpen notOpen) {
            return notOpen.state() == RoundState.NOT_YET_OPEN
                    ? problem(HttpStatus.CONFLICT, "Deze ronde is nog niet open",
                    "U kunt advies geven vanaf " + notOpen.opensAt().toLocalDate() + ". Kom dan terug.")
                    : problem(HttpStatus.CONFLICT, "Deze ronde is gesloten",
                    "De termijn voor advies is voorbij. Uw advies is niet opgeslagen.");
        }
        // Also as a field error, so the page says it at the code field and not only at the top.
        if (result instanceof GiveOrganisationAdvice.Result.CodeUsed) {
            return codeProblem(HttpStatus.CONFLICT, "Deze code is al gebruikt", InvitationLookup.USED);
        }
        if (result instanceof GiveOrganisationAdvice.Result.CodeExpired) {
            return codeProblem(HttpStatus.GONE, "Deze code is verlopen", InvitationLookup.EXPIRED);
        }
        return problem(HttpStatus.NOT_FOUND, "Ronde niet gevonden", "Deze ronde bestaat niet (meer). Controleer het adres.");
    }

    private static HttpResponse<?> codeProblem(HttpStatus status, String title, String message) {
        return HttpResponse.status(status)
                .body(new Problem("about:blank", title, status.getCode(), message, List.of(new Problem.FieldError("code", message))))
                .contentType(Problem.MEDIA_TYPE);
    }

    private static HttpResponse<?> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.status(status).body(Problem.of(status.getCode(), title, detail)).contentType(Problem.MEDIA_TYPE);
    }

    // The schema keeps the name it had when RoundPageController answered this route: the frontend's generated types
    // (frontend/src/shared/api/openapi.yml) name it so.
    /** The answer to a given advice. */
    @Serdeable
    @Schema(name = "RoundPageController.AdviceReceipt")
    record AdviceReceipt(Long adviceId, String organisationName, List<Long> submissionIds) {
    }
}
