package nl.inbreng.accounts.admin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AccountGemeenten;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRole;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A beheerder adds a member of the werkgroep or stall staff, with a first password, roles and gemeenten (without a
 * choice: the beheerder's own, ADR 0170).
 */
@Singleton
class CreateUser {

    /** The new account. */
    sealed interface Result {
        record Created(ListUsers.UserView user) implements Result {
        }
    }

    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final PasswordHasher hasher;
    private final ListUsers listUsers;
    private final GemeenteChoice gemeenteChoice;
    private final AccountGemeenten accountGemeenten;
    private final Clock clock;

    CreateUser(AdminUserRepository users, AdminUserRoleRepository roles, PasswordHasher hasher, ListUsers listUsers,
               GemeenteChoice gemeenteChoice, AccountGemeenten accountGemeenten, Clock clock) {
        this.gemeenteChoice = gemeenteChoice;
        this.accountGemeenten = accountGemeenten;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.listUsers = listUsers;
        this.clock = clock;
    }

    @Transactional
    Result create(UsersController.NewUser request, AdminPrincipal creator) {
        List<Problem.FieldError> errors = new ArrayList<>();
        UserRules.checkUsername(request.username(), errors);
        UserRules.checkPassword(request.password(), errors);
        Set<Role> wanted = UserRules.checkRoles(request.roles(), errors);
        UserRules.checkInstallationRole(wanted, Set.of(), creator, errors);
        GemeenteScope scope = gemeenteChoice.choose(request.gemeenten(), request.wholeInstallation(), creator, errors);
        if (errors.isEmpty() && users.findByUsername(request.username().strip()).isPresent()) {
            errors.add(new Problem.FieldError("username", "Deze gebruikersnaam bestaat al. Kies een andere."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? null
                : request.displayName().strip().substring(0, Math.min(200, request.displayName().strip().length()));
        AdminUser user = users.save(new AdminUser(null, request.username().strip(), hasher.hash(request.password()),
                displayName, true, 0, null, LocalDateTime.now(clock)));
        wanted.forEach(role -> roles.save(new AdminUserRole(null, user.id(), role)));
        accountGemeenten.assign(user.id(), scope);
        return new Result.Created(listUsers.view(user));
    }
}
