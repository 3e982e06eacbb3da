package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for admin accounts, with the Dutch message for each: names, passwords, roles. */
final class UserRules {

    static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final int MAXIMUM_PASSWORD_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{3,100}$");

    private UserRules() {
    }

    static void checkUsername(@Nullable String username, List<Problem.FieldError> errors) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            errors.add(new Problem.FieldError("username",
                    "Kies een gebruikersnaam van 3 tot 100 tekens: letters, cijfers, punt, streepje, @ of _."));
        }
    }

    static void checkPassword(@Nullable String password, List<Problem.FieldError> errors) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            errors.add(new Problem.FieldError("password", "Kies een wachtwoord van minstens " + MINIMUM_PASSWORD_LENGTH
                    + " tekens. Een zin van een paar woorden is makkelijk te onthouden."));
        } else if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            errors.add(new Problem.FieldError("password", "Gebruik hoogstens " + MAXIMUM_PASSWORD_LENGTH + " tekens."));
        }
    }

    static Set<Role> checkRoles(@Nullable List<String> names, List<Problem.FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> unknown = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    unknown.add(String.valueOf(name));
                }
            }
        }
        if (roles.isEmpty() || !unknown.isEmpty()) {
            errors.add(new Problem.FieldError("roles", "Kies een of meer rollen: BEHEERDER, ANALIST, FACILITATOR of KRAAM."));
        }
        return roles;
    }

    /**
     * Only an installatiebeheerder hands out or takes away installatiebeheer (ADR 0170): a beheerder of one gemeente
     * must not make anyone, themselves included, manager of every gemeente.
     */
    static void checkInstallationRole(Set<Role> wanted, Set<Role> before, AdminPrincipal actor,
                                      List<Problem.FieldError> errors) {
        boolean changes = wanted.contains(Role.INSTALLATIEBEHEERDER) != before.contains(Role.INSTALLATIEBEHEERDER);
        if (changes && !actor.has(Role.INSTALLATIEBEHEERDER)) {
            errors.add(new Problem.FieldError("roles",
                    "Alleen een installatiebeheerder kan de rol installatiebeheerder geven of weghalen."));
        }
    }
}
