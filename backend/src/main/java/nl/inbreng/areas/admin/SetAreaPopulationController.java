package nl.inbreng.areas.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * PUT /api/admin/areas/{id}/population: only a beheerder enters or changes the figures; the audit trail filter logs
 * it. A controller of its own because a method's @RequiresRole adds to its class's roles and cannot narrow them.
 */
@Controller("/api/admin/areas")
@RequiresRole(Role.BEHEERDER)
@OwnedBy(Owner.AREA)
class SetAreaPopulationController {

    private final SetAreaPopulation setPopulation;

    SetAreaPopulationController(SetAreaPopulation setPopulation) {
        this.setPopulation = setPopulation;
    }

    @Serdeable
    record PopulationRequest(@Nullable Integer population, @Nullable Integer year) {
    }

    @Put("/{id}/population")
    @ApiResponse(responseCode = "204", description = "Population stored")
    HttpResponse<?> set(@PathVariable long id, @Body PopulationRequest request) {
        if (setPopulation.set(id, request.population(), request.year()) instanceof SetAreaPopulation.Result.Stored) {
            return HttpResponse.noContent();
        }
        return HttpResponse.notFound().body(Problem.of(404, "Gebied niet gevonden", "Dit gebied bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
