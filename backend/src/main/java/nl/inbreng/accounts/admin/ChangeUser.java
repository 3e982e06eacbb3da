package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A beheerder changes an account: its roles, deactivates or reactivates it, or sets a new password. Deactivation and a new password
 * end every session of that account at once. A beheerder cannot take away their own beheer or switch themselves
 * off, so the last way in is not lost by a slip.
 */
@Singleton
class ChangeUser {

    /** What became of the change. */
    sealed interface Result {
        record Changed(ListUsers.UserView user) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final PasswordHasher hasher;
    private final AdminSessions sessions;
    private final ListUsers listUsers;
    private final LoginThrottle throttle;
    private final GemeenteChoice gemeenteChoice;
    private final AccountGemeenten accountGemeenten;

    ChangeUser(AdminUserRepository users, AdminUserRoleRepository roles, PasswordHasher hasher, AdminSessions sessions,
               ListUsers listUsers, LoginThrottle throttle, GemeenteChoice gemeenteChoice,
               AccountGemeenten accountGemeenten) {
        this.gemeenteChoice = gemeenteChoice;
        this.accountGemeenten = accountGemeenten;
        this.throttle = throttle;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.sessions = sessions;
        this.listUsers = listUsers;
    }

    @Transactional
    Result setRoles(long id, @Nullable List<String> names, AdminPrincipal actor) {
        Optional<AdminUser> user = users.findById(id);
        if (user.isEmpty()) {
            return new Result.NotFound();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Role> wanted = UserRules.checkRoles(names, errors);
        Set<Role> before = EnumSet.noneOf(Role.class);
        roles.findByUserId(id).forEach(row -> before.add(row.role()));
        UserRules.checkInstallationRole(wanted, before, actor, errors);
        if (errors.isEmpty() && id == actor.userId() && !wanted.contains(Role.BEHEERDER)) {
            errors.add(new Problem.FieldError("roles", "U kunt uw eigen rol beheerder niet weghalen. Vraag een andere beheerder."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        roles.deleteByUserId(id);
        wanted.forEach(role -> roles.save(new AdminUserRole(null, id, role)));
        return new Result.Changed(listUsers.view(user.get()));
    }

    /** The account's gemeenten, chosen within the beheerder's own; its open sessions follow at their next request. */
    @Transactional
    Result setGemeenten(long id, UsersController.GemeentenRequest request, AdminPrincipal actor) {
        Optional<AdminUser> user = users.findById(id);
        if (user.isEmpty()) {
            return new Result.NotFound();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> codes = request.gemeenten() == null ? List.of() : request.gemeenten();
        if (codes.isEmpty() && !Boolean.TRUE.equals(request.wholeInstallation())) {
            errors.add(new Problem.FieldError("gemeenten", "Kies een of meer gemeenten."));
        }
        GemeenteScope scope = gemeenteChoice.choose(codes, request.wholeInstallation(), actor, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accountGemeenten.assign(id, scope);
        return new Result.Changed(listUsers.view(user.get()));
    }

    @Transactional
    Result deactivate(long id, AdminPrincipal actor) {
        Optional<AdminUser> user = users.findById(id);
        if (user.isEmpty()) {
            return new Result.NotFound();
        }
        if (id == actor.userId()) {
            throw new InvalidInputException("id", "U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.");
        }
        AdminUser u = user.get();
        AdminUser off = users.update(new AdminUser(u.id(), u.username(), u.passwordHash(), u.displayName(), false,
                u.failedAttempts(), u.lockedUntil(), u.createdAt()));
        sessions.endAllOf(id);
        return new Result.Changed(listUsers.view(off));
    }

    /** Switches a deactivated account back on; it signs in with the password it had, or a new one set first. */
    @Transactional
    Result activate(long id) {
        Optional<AdminUser> user = users.findById(id);
        if (user.isEmpty()) {
            return new Result.NotFound();
        }
        AdminUser u = user.get();
        AdminUser on = users.update(new AdminUser(u.id(), u.username(), u.passwordHash(), u.displayName(), true,
                u.failedAttempts(), u.lockedUntil(), u.createdAt()));
        return new Result.Changed(listUsers.view(on));
    }

    @Transactional
    Result setPassword(long id, @Nullable String password) {
        Optional<AdminUser> user = users.findById(id);
        if (user.isEmpty()) {
            return new Result.NotFound();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        UserRules.checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AdminUser u = user.get();
        // A new password also lifts a lockout, but does not switch a deactivated account back on.
        AdminUser changed = users.update(new AdminUser(u.id(), u.username(), hasher.hash(password), u.displayName(),
                u.active(), 0, null, u.createdAt()));
        sessions.endAllOf(id);
        throttle.unlock(u.username());
        return new Result.Changed(listUsers.view(changed));
    }
}
