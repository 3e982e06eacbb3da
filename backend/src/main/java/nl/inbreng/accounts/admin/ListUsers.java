package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRole;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.Role;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Lists the admin accounts with their roles, never with a password hash. */
@Singleton
class ListUsers {

    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final LoginThrottle throttle;

    ListUsers(AdminUserRepository users, AdminUserRoleRepository roles, LoginThrottle throttle) {
        this.users = users;
        this.roles = roles;
        this.throttle = throttle;
    }

    @Transactional
    List<UserView> list() {
        return StreamSupport.stream(users.findAll().spliterator(), false)
                .sorted(Comparator.comparing(AdminUser::username))
                .map(this::view).toList();
    }

    UserView view(AdminUser user) {
        List<Role> names = roles.findByUserId(user.id()).stream().map(AdminUserRole::role).sorted().toList();
        // lockedUntil: until when browsers that never signed in to this account must wait (its own browsers need not)
        return new UserView(user.id(), user.username(), user.displayName(), user.active(), names,
                throttle.accountWaitsUntil(user.username()).orElse(null), user.createdAt());
    }

    /** An account as the beheerder sees it. */
    @Serdeable
    record UserView(long id, String username, @Nullable String displayName, boolean active, List<Role> roles,
                    @Nullable LocalDateTime lockedUntil, LocalDateTime createdAt) {
    }
}
