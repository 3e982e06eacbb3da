package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;

/** GET /api/admin/dashboard?round=: the counts behind the dashboard charts. */
@Controller("/api/admin/dashboard")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class DashboardController {

    private final DashboardFigures figures;

    DashboardController(DashboardFigures figures) {
        this.figures = figures;
    }

    @Get
    HttpResponse<DashboardFigures.Dashboard> show(@QueryValue @Nullable Long round) {
        return HttpResponse.ok(((DashboardFigures.Result.Computed) figures.compute(round)).dashboard());
    }
}
