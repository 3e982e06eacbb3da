package nl.inbreng.areas;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.List;

/** GET /api/v1/areas: the wijken and kernen input can be placed in. */
@Controller("/api/v1/areas")
class AreasController {

    private final AreaRepository areas;

    AreasController(AreaRepository areas) {
        this.areas = areas;
    }

    @Get
    List<AreaRepository.AreaView> areas() {
        return areas.listPublic();
    }
}
