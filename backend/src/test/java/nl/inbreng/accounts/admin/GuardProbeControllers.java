package nl.inbreng.accounts.admin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;

/** Admin routes that exist only in AdminAccessTest, to prove the guard on routes with and without a declaration. */
final class GuardProbeControllers {

    private GuardProbeControllers() {
    }

    @Requires(property = "inbreng.test.guard-probes", value = "true")
    @RequiresRole(Role.BEHEERDER)
    @Controller("/api/admin/probe/beheer")
    static class BeheerderOnly {
        @Get
        String read(AdminPrincipal principal) {
            return "gelezen door " + principal.username();
        }

        @Post
        String change() {
            return "gewijzigd";
        }
    }

    /** A method narrower than its controller: the shape where merged annotation metadata once added the roles up. */
    @Requires(property = "inbreng.test.guard-probes", value = "true")
    @RequiresRole({Role.ANALIST, Role.BEHEERDER})
    @Controller("/api/admin/probe/werkgroep")
    static class NarrowerMethod {
        @Get
        String forTheWholeWerkgroep() {
            return "werkgroep";
        }

        @Get("/beheer")
        @RequiresRole(Role.BEHEERDER)
        String onlyForBeheerders() {
            return "beheer";
        }
    }

    @Requires(property = "inbreng.test.guard-probes", value = "true")
    @Controller("/api/admin/probe/vergeten")
    static class WithoutDeclaration {
        @Get
        String read() {
            return "mag nooit";
        }
    }
}
