package nl.inbreng.identity.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.identity.IdentityView;
import nl.inbreng.identity.ShowIdentity;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The beheerder's settings for the gemeente's name, house style, contact details and logo. */
@Controller("/api/admin/identity")
@RequiresRole(Role.BEHEERDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class IdentityAdminController {

    private final ChangeIdentity change;
    private final ReplaceLogo logo;
    private final ShowIdentity show;

    IdentityAdminController(ChangeIdentity change, ReplaceLogo logo, ShowIdentity show) {
        this.change = change;
        this.logo = logo;
        this.show = show;
    }

    @Put
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IdentityView.class)))
    HttpResponse<?> change(@Body ChangeIdentity.Request request) {
        ChangeIdentity.Result result = change.change(request);
        if (result instanceof ChangeIdentity.Result.Invalid invalid) {
            return invalid(invalid.errors());
        }
        return result instanceof ChangeIdentity.Result.NoGemeente ? noGemeente() : HttpResponse.ok(show.show());
    }

    // any content type reaches ReplaceLogo, which answers a wrong one in Dutch (and the role check comes first)
    @Put(value = "/logo", consumes = MediaType.ALL)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IdentityView.class)))
    HttpResponse<?> replaceLogo(HttpRequest<byte[]> request, @Body byte[] data) {
        String type = request.getContentType().map(Object::toString).orElse("");
        ReplaceLogo.Result result = logo.replace(type, data);
        if (result instanceof ReplaceLogo.Result.Invalid invalid) {
            return invalid(invalid.errors());
        }
        return result instanceof ReplaceLogo.Result.NoGemeente ? noGemeente() : HttpResponse.ok(show.show());
    }

    @Delete("/logo")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IdentityView.class)))
    HttpResponse<?> removeLogo() {
        return logo.remove() instanceof ReplaceLogo.Result.NoGemeente ? noGemeente() : HttpResponse.ok(show.show());
    }

    private static HttpResponse<?> invalid(List<Problem.FieldError> errors) {
        return HttpResponse.badRequest(Problem.invalid(errors)).contentType(Problem.MEDIA_TYPE);
    }

    private static HttpResponse<?> noGemeente() {
        return HttpResponse.status(HttpStatus.CONFLICT)
                .body(Problem.of(409, "Er is nog geen gemeente", "Voeg eerst een gemeente toe; dan kunt u haar naam en huisstijl instellen."))
                .contentType(Problem.MEDIA_TYPE);
    }
}
