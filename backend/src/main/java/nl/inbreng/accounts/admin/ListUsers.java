package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AccountGemeenten;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRole;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.accounts.Role;
import nl.inbreng.accounts.VisibleGemeenten;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Lists the admin accounts with their roles and gemeenten, never with a password hash: only accounts whose every
 * gemeente the viewer sees (ADR 0170), so a beheerder of A does not learn who works for B.
 */
@Singleton
public class ListUsers {

    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final LoginThrottle throttle;
    private final AccountGemeenten accountGemeenten;
    private final GemeenteChoice gemeenteChoice;
    private final VisibleGemeenten visible;

    ListUsers(AdminUserRepository users, AdminUserRoleRepository roles, LoginThrottle throttle,
              AccountGemeenten accountGemeenten, GemeenteChoice gemeenteChoice, VisibleGemeenten visible) {
        this.users = users;
        this.roles = roles;
        this.throttle = throttle;
        this.accountGemeenten = accountGemeenten;
        this.gemeenteChoice = gemeenteChoice;
        this.visible = visible;
    }

    @Transactional
    List<UserView> list() {
        GemeenteScope viewer = visible.current();
        return StreamSupport.stream(users.findAll().spliterator(), false)
                .filter(user -> viewer.covers(accountGemeenten.storedScopeOf(user.id())))
                .sorted(Comparator.comparing(AdminUser::username))
                .map(this::view).toList();
    }

    /** The ids of the accounts the current request sees: every gemeente of theirs lies within its own. */
    @Transactional
    List<Long> visibleIds() {
        GemeenteScope viewer = visible.current();
        return StreamSupport.stream(users.findAll().spliterator(), false).map(AdminUser::id)
                .filter(id -> viewer.covers(accountGemeenten.storedScopeOf(id))).toList();
    }

    UserView view(AdminUser user) {
        List<Role> names = roles.findByUserId(user.id()).stream().map(AdminUserRole::role).sorted().toList();
        // lockedUntil: until when browsers that never signed in to this account must wait (its own browsers need not)
        GemeenteScope scope = accountGemeenten.storedScopeOf(user.id());
        return new UserView(user.id(), user.username(), user.displayName(), user.active(), names,
                gemeenteChoice.codesOf(scope), scope.wholeInstallation(),
                throttle.accountWaitsUntil(user.username()).orElse(null), user.createdAt());
    }

    /** An account as the beheerder sees it; {@code gemeenten} are codes, empty with {@code wholeInstallation}. */
    @Serdeable
    public record UserView(long id, String username, @Nullable String displayName, boolean active, List<Role> roles,
                    List<String> gemeenten, boolean wholeInstallation,
                    @Nullable LocalDateTime lockedUntil, LocalDateTime createdAt) {
    }
}
