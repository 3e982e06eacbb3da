package nl.inbreng.areas.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import nl.inbreng.accounts.GemeenteScope;
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
    private final VisibleGemeenten visible;

    AreaPopulationController(AreaPopulationRepository areas, VisibleGemeenten visible) {
        this.areas = areas;
        this.visible = visible;
    }

    @Get
    List<AreaPopulationRepository.AreaPopulation> list() {
        GemeenteScope scope = visible.current();
        return areas.listAll().stream().filter(area -> scope.sees(area.gemeenteId())).toList();
    }
}
