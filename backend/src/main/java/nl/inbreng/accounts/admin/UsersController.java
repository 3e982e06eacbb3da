package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.OwnedBy;
import nl.inbreng.accounts.Owner;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/** Beheerders manage the admin accounts: list, add, roles, gemeenten, switch off and on again, new password. */
@Controller("/api/admin/users")
@RequiresRole(Role.BEHEERDER)
@OwnedBy(Owner.ADMIN_USER)
class UsersController {

    private final ListUsers listUsers;
    private final CreateUser createUser;
    private final ChangeUser changeUser;

    UsersController(ListUsers listUsers, CreateUser createUser, ChangeUser changeUser) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.changeUser = changeUser;
    }

    @Get
    List<ListUsers.UserView> list() {
        return listUsers.list();
    }

    @Post
    HttpResponse<ListUsers.UserView> create(@Body NewUser request, @Parameter(hidden = true) AdminPrincipal principal) {
        CreateUser.Result.Created created = (CreateUser.Result.Created) createUser.create(request, principal);
        return HttpResponse.created(created.user());
    }

    @Put("/{id}/roles")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListUsers.UserView.class)))
    HttpResponse<?> roles(@PathVariable long id, @Body RolesRequest request, @Parameter(hidden = true) AdminPrincipal principal) {
        return answer(changeUser.setRoles(id, request.roles(), principal));
    }

    @Put("/{id}/gemeenten")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListUsers.UserView.class)))
    HttpResponse<?> gemeenten(@PathVariable long id, @Body GemeentenRequest request,
                              @Parameter(hidden = true) AdminPrincipal principal) {
        return answer(changeUser.setGemeenten(id, request, principal));
    }

    @Post("/{id}/deactivate")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListUsers.UserView.class)))
    HttpResponse<?> deactivate(@PathVariable long id, @Parameter(hidden = true) AdminPrincipal principal) {
        return answer(changeUser.deactivate(id, principal));
    }

    @Post("/{id}/activate")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListUsers.UserView.class)))
    HttpResponse<?> activate(@PathVariable long id) {
        return answer(changeUser.activate(id));
    }

    @Post("/{id}/password")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListUsers.UserView.class)))
    HttpResponse<?> password(@PathVariable long id, @Body PasswordRequest request) {
        return answer(changeUser.setPassword(id, request.password()));
    }

    private static HttpResponse<?> answer(ChangeUser.Result result) {
        if (result instanceof ChangeUser.Result.Changed changed) {
            return HttpResponse.ok(changed.user());
        }
        return HttpResponse.notFound(Problem.of(404, "Dit account bestaat niet",
                "Misschien is het nummer verkeerd. Kijk in de lijst met accounts.")).contentType(Problem.MEDIA_TYPE);
    }

    /** A new account: name, first password, roles, and optionally its gemeenten (codes) or the whole installation. */
    @Serdeable
    record NewUser(@Nullable String username, @Nullable String displayName, @Nullable String password,
                   @Nullable List<String> roles, @Nullable List<String> gemeenten, @Nullable Boolean wholeInstallation) {
    }

    /** The gemeenten an account belongs to (codes), or the whole installation. */
    @Serdeable
    record GemeentenRequest(@Nullable List<String> gemeenten, @Nullable Boolean wholeInstallation) {
    }

    @Serdeable
    record RolesRequest(@Nullable List<String> roles) {
    }

    @Serdeable
    record PasswordRequest(@Nullable String password) {
    }
}
