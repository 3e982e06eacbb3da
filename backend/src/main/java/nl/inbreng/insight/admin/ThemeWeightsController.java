package nl.inbreng.insight.admin;

import nl.inbreng.accounts.Ownership;
import nl.inbreng.accounts.Owner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The werkgroep's manual weight per theme: PUT /api/admin/prioritisation/weights sets one (for a round, or with
 * round empty for all rounds), DELETE /api/admin/prioritisation/weights?theme=&round= removes it. The audit trail
 * filter logs both calls.
 */
@Controller("/api/admin/prioritisation/weights")
@RequiresRole({Role.ANALIST, Role.BEHEERDER})
class ThemeWeightsController {

    private final SetThemeWeight setThemeWeight;
    private final Ownership ownership;

    ThemeWeightsController(SetThemeWeight setThemeWeight, Ownership ownership) {
        this.setThemeWeight = setThemeWeight;
        this.ownership = ownership;
    }

    @Serdeable
    record WeightRequest(@Nullable Long round, @Nullable String themeCode, @Nullable BigDecimal weight,
                         @Nullable String reason) {
    }

    @Serdeable
    record WeightView(@Nullable Long round, String themeCode, BigDecimal weight, String reason, LocalDateTime setAt) {
    }

    @Put
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WeightView.class)))
    HttpResponse<?> set(@Body WeightRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        ownership.require(Owner.ROUND, request.round()); // B's round in the body: as absent (ADR 0170)
        SetThemeWeight.Result result = setThemeWeight.set(request.round(), request.themeCode(), request.weight(),
                request.reason(), principal.userId());
        if (result instanceof SetThemeWeight.Result.Stored stored) {
            ThemeWeight weight = stored.weight();
            return HttpResponse.ok(new WeightView(request.round(), weight.themaCode(), weight.weight(), weight.reason(),
                    weight.setAt()));
        }
        return roundNotFound();
    }

    @Delete
    @ApiResponse(responseCode = "204", description = "Weight removed")
    HttpResponse<?> remove(@QueryValue @Nullable String theme, @QueryValue @Nullable Long round) {
        if (theme == null || theme.isBlank()) {
            throw new InvalidInputException("theme", "Zeg van welk thema het gewicht weg moet.");
        }
        return setThemeWeight.remove(round, theme.strip()) instanceof SetThemeWeight.Result.Removed
                ? HttpResponse.noContent() : roundNotFound();
    }

    private static HttpResponse<?> roundNotFound() {
        return HttpResponse.notFound().body(Problem.of(404, "Ronde niet gevonden", "Deze ronde bestaat niet (meer)."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
