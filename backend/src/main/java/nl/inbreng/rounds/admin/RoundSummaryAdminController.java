package nl.inbreng.rounds.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.time.LocalDateTime;

/** PUT /api/admin/rounds/{id}/summary: write and approve the public summary of a round. */
@Controller("/api/admin/rounds")
@RequiresRole(Role.BEHEERDER)
class RoundSummaryAdminController {

    private final ApproveRoundSummary approve;

    RoundSummaryAdminController(ApproveRoundSummary approve) {
        this.approve = approve;
    }

    @Serdeable
    record SummaryRequest(@Nullable String text) {
    }

    @Serdeable
    record SummaryView(long roundId, String text, LocalDateTime approvedAt) {
    }

    @Put("/{id}/summary")
    HttpResponse<?> write(@PathVariable long id, @Body SummaryRequest request, AdminPrincipal principal) {
        ApproveRoundSummary.Result result = approve.approve(id, request.text(), principal.userId());
        if (result instanceof ApproveRoundSummary.Result.Approved approved) {
            return HttpResponse.ok(new SummaryView(id, approved.summary().text(), approved.summary().approvedAt()));
        }
        return HttpResponse.notFound().body(Problem.of(404, "Ronde niet gevonden", "Deze ronde bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
