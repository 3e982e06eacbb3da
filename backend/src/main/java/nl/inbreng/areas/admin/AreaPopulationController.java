package nl.inbreng.areas.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.List;

/**
 * /api/admin/areas: the areas with their population figures; analysts read them next to the dashboard, only a beheerder
 * enters or changes them (the audit trail filter logs it). The method's own @RequiresRole replaces the controller's
 * (AllowedRoles), so the narrower rule can sit beside the wider one.
 */
@Controller("/api/admin/areas")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class AreaPopulationController {

    private final AreaPopulationRepository areas;
    private final VisibleGemeenten visible;
    private final SetAreaPopulation setPopulation;

    AreaPopulationController(AreaPopulationRepository areas, VisibleGemeenten visible, SetAreaPopulation setPopulation) {
        this.areas = areas;
        this.visible = visible;
        this.setPopulation = setPopulation;
    }

    // The schema keeps the name it had in SetAreaPopulationController: the frontend's generated types name it so.
    @Serdeable
    @Schema(name = "SetAreaPopulationController.PopulationRequest")
    record PopulationRequest(@Nullable Integer population, @Nullable Integer year) {
    }

    @Get
    List<AreaPopulationRepository.AreaPopulation> list() {
        GemeenteScope scope = visible.current();
        return areas.listAll().stream().filter(area -> scope.sees(area.gemeenteId())).toList();
    }

    @Put("/{id}/population")
    @RequiresRole(Role.BEHEERDER)
    @OwnedBy(Owner.AREA)
    @ApiResponse(responseCode = "204", description = "Population stored")
    HttpResponse<?> set(@PathVariable long id, @Body PopulationRequest request) {
        if (setPopulation.set(id, request.population(), request.year()) instanceof SetAreaPopulation.Result.Stored) {
            return HttpResponse.noContent();
        }
        return HttpResponse.notFound().body(Problem.of(404, "Gebied niet gevonden", "Dit gebied bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
