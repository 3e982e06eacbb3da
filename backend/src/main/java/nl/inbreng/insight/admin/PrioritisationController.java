package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;

/** The draft prioritisation (conceptprioritering) for the werkgroep: GET /api/admin/prioritisation?round=. */
@Controller("/api/admin/prioritisation")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class PrioritisationController {

    private final DraftPrioritisation draftPrioritisation;

    PrioritisationController(DraftPrioritisation draftPrioritisation) {
        this.draftPrioritisation = draftPrioritisation;
    }

    @Get
    HttpResponse<DraftPrioritisation.Prioritisation> show(@QueryValue @Nullable Long round) {
        DraftPrioritisation.Result result = draftPrioritisation.compute(round);
        return HttpResponse.ok(((DraftPrioritisation.Result.Computed) result).prioritisation());
    }
}
