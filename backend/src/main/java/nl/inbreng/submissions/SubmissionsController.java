package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.IdempotentRequests;
import nl.inbreng.common.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The resident's own input: give it, look it up with the receipt, withdraw it. */
@Controller("/api/v1/submissions")
@ExecuteOn(TaskExecutors.BLOCKING)
class SubmissionsController {

    private final CreateSubmission create;
    private final ViewOwnSubmission view;
    private final WithdrawSubmission withdraw;
    private final IdempotentRequests idempotent;

    SubmissionsController(CreateSubmission create, ViewOwnSubmission view, WithdrawSubmission withdraw,
                          IdempotentRequests idempotent) {
        this.create = create;
        this.view = view;
        this.withdraw = withdraw;
        this.idempotent = idempotent;
    }

    /** The answer to a new input: the id and the receipt the resident keeps. */
    @Serdeable
    record Created(long id, String receipt) {
    }

    @Post
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Created.class)))
    HttpResponse<?> give(@Body SubmissionRequest request, @Header("Idempotency-Key") @Nullable String key) {
        return idempotent.run(key, "POST /api/v1/submissions", request, () -> {
            CreateSubmission.Result result = create.create(request);
            if (result instanceof CreateSubmission.Result.Created created) {
                return new IdempotentRequests.Answer(201, new Created(created.id(), created.receipt()));
            }
            // the honeypot: a robot sees the same answer a person would
            return new IdempotentRequests.Answer(201, new Created(0, ((CreateSubmission.Result.Ignored) result).receipt()));
        });
    }

    @Get("/{receipt}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ViewOwnSubmission.OwnSubmission.class)))
    HttpResponse<?> show(@PathVariable String receipt) {
        if (view.view(receipt) instanceof ViewOwnSubmission.Result.Found found) {
            return HttpResponse.ok(found.submission());
        }
        return unknownReceipt();
    }

    @Delete("/{receipt}")
    @ApiResponse(responseCode = "204", description = "Withdrawn: the text and contact details are gone")
    HttpResponse<?> withdraw(@PathVariable String receipt) {
        if (withdraw.withdraw(receipt) instanceof WithdrawSubmission.Result.Withdrawn) {
            return HttpResponse.noContent();
        }
        return unknownReceipt();
    }

    private static HttpResponse<Problem> unknownReceipt() {
        return HttpResponse.<Problem>notFound(Problem.of(404, "Deze code kennen wij niet",
                        "Controleer de code op uw bewijs. Hij heeft 12 tekens, zoals K7QM-3XHD-R9TB."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
