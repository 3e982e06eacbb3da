package nl.inbreng.areas.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.accounts.admin.FirstBeheerder;
import nl.inbreng.accounts.admin.ListUsers;
import nl.inbreng.common.Problem;

import java.util.List;

/**
 * The installatiebeheerder manages the installation's gemeenten (name, code, the portal's host name) and makes the
 * first beheerder of each (ADR 0170); from there that beheerder manages the gemeente's own accounts.
 */
@Controller("/api/admin/gemeenten")
@RequiresRole(Role.INSTALLATIEBEHEERDER)
@OwnedBy(Owner.GEMEENTE)
class GemeentenController {

    private final ManageGemeenten manage;
    private final FirstBeheerder firstBeheerder;

    GemeentenController(ManageGemeenten manage, FirstBeheerder firstBeheerder) {
        this.manage = manage;
        this.firstBeheerder = firstBeheerder;
    }

    @Get
    List<ManageGemeenten.GemeenteView> list() {
        return manage.list();
    }

    @Post
    HttpResponse<ManageGemeenten.GemeenteView> add(@Body GemeenteRequest request) {
        return HttpResponse.created(manage.add(request));
    }

    @Put("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ManageGemeenten.GemeenteView.class)))
    HttpResponse<?> change(@PathVariable long id, @Body GemeenteRequest request) {
        return manage.change(id, request).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(GemeentenController::notFound);
    }

    /** The gemeente's first beheerder: an account with the role BEHEERDER that belongs to this gemeente only. */
    @Post("/{id}/beheerders")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ListUsers.UserView.class)))
    HttpResponse<?> addBeheerder(@PathVariable long id, @Body BeheerderRequest request,
                                 @Parameter(hidden = true) AdminPrincipal principal) {
        return manage.codeOf(id).<HttpResponse<?>>map(code -> HttpResponse.created(firstBeheerder.create(code,
                request.username(), request.displayName(), request.password(), principal)))
                .orElseGet(GemeentenController::notFound);
    }

    private static HttpResponse<?> notFound() {
        return HttpResponse.notFound(Problem.of(404, "Deze gemeente bestaat niet",
                "Misschien is het nummer verkeerd. Kijk in de lijst met gemeenten.")).contentType(Problem.MEDIA_TYPE);
    }

    /** A gemeente: code (letters, digits, dashes), name, inhabitants, and the host name its portal answers on. */
    @Serdeable
    record GemeenteRequest(@Nullable String code, @Nullable String name, @Nullable Integer population,
                           @Nullable String host) {
    }

    /** The first beheerder of a gemeente: name and first password. */
    @Serdeable
    record BeheerderRequest(@Nullable String username, @Nullable String displayName, @Nullable String password) {
    }
}
