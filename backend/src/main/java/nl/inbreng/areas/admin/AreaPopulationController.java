package nl.inbreng.areas.admin;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;

import java.util.List;

/** GET /api/admin/areas: the areas with their population figures; analysts read them next to the dashboard. */
@Controller("/api/admin/areas")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class AreaPopulationController {

    private final AreaPopulationRepository areas;

    AreaPopulationController(AreaPopulationRepository areas) {
        this.areas = areas;
    }

    @Get
    List<AreaPopulationRepository.AreaPopulation> list() {
        return areas.listAll();
    }
}
