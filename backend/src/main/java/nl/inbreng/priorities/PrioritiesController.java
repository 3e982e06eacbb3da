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
    HttpResponse<?> cast(@Body PriorityRequest request, @Header("Idempotency-Key") @Nullable String key) {
        return idempotent.run(key, "POST /api/v1/priorities", request,
                () -> new IdempotentRequests.Answer(201, new Cast(((CastPriorityVote.Result.Cast) castVote.cast(request)).id())));
    }
}
