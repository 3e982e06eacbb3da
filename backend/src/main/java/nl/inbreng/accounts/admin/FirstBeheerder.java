package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.Role;

import java.util.List;

/**
 * A new gemeente's first beheerder (ADR 0170): an account with the role BEHEERDER for that gemeente only, made by the
 * installatiebeheerder under the same rules as every account (name, password, what the maker may hand out). For the
 * gemeente management in areas.
 */
@Singleton
public class FirstBeheerder {

    private final CreateUser createUser;

    FirstBeheerder(CreateUser createUser) {
        this.createUser = createUser;
    }

    /** The new account; a rule it breaks is an InvalidInputException with a Dutch message per field. */
    public ListUsers.UserView create(String gemeenteCode, @Nullable String username, @Nullable String displayName,
                                     @Nullable String password, AdminPrincipal maker) {
        CreateUser.Result result = createUser.create(new UsersController.NewUser(username, displayName, password,
                List.of(Role.BEHEERDER.name()), List.of(gemeenteCode), false), maker);
        return ((CreateUser.Result.Created) result).user();
    }
}
