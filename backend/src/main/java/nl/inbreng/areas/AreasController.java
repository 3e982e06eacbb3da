package nl.inbreng.areas;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.List;

/** GET /api/v1/areas: the wijken and kernen input can be placed in. */
@Controller("/api/v1/areas")
class AreasController {

    private final AreaRepository areas;
    private final PortalGemeente portal;

    AreasController(AreaRepository areas, PortalGemeente portal) {
        this.areas = areas;
        this.portal = portal;
    }

    /** On a gemeente's own host name (or trial path) only its areas; otherwise all, as before (ADR 0170). */
    @Get
    List<AreaRepository.AreaView> areas() {
        var gemeente = portal.chosen();
        return gemeente.isEmpty() ? areas.listPublic()
                : areas.listPublic().stream().filter(area -> area.gemeenteId() == gemeente.get()).toList();
    }
}
