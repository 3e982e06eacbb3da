package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;

/** GET /api/admin/redaction-review?round=: inputs whose suspected personal data still waits for a decision. */
@Controller("/api/admin/redaction-review")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class RedactionReviewController {

    private final ListUnreviewedSuspects list;

    RedactionReviewController(ListUnreviewedSuspects list) {
        this.list = list;
    }

    @Get
    ListUnreviewedSuspects.Page list(@Nullable @QueryValue Long round) {
        return list.list(round);
    }
}
