package nl.inbreng.priorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.IdempotentRequests;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** POST /api/v1/priorities: an anonymous ranked top three. */
@Controller("/api/v1/priorities")
@ExecuteOn(TaskExecutors.BLOCKING)
class PrioritiesController {

    private final CastPriorityVote castVote;
    private final IdempotentRequests idempotent;

    PrioritiesController(CastPriorityVote castVote, IdempotentRequests idempotent) {
        this.castVote = castVote;
        this.idempotent = idempotent;
    }

    /** The stored vote's id. */
    @Serdeable
    record Cast(long id) {
    }

    @Post
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Cast.class)))
    HttpResponse<?> cast(@Body PriorityRequest request, @Header("Idempotency-Key") @Nullable String key) {
        return idempotent.run(key, "POST /api/v1/priorities", request,
                () -> new IdempotentRequests.Answer(201, new Cast(((CastPriorityVote.Result.Cast) castVote.cast(request)).id())));
    }
}
