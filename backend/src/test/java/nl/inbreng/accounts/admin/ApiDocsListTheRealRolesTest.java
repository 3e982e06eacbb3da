package nl.inbreng.accounts.admin;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AllowedRoles;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/api.md is written from the source text by infra/tools/list-routes.py; the access filter reads the roles from
 * the compiled annotations. This test holds the two together: every admin route's "who" in docs/api.md is what
 * {@link AllowedRoles} lets in at run time.
 */
class ApiDocsListTheRealRolesTest extends RealDatabaseTest {

    @Inject
    Router router;

    @Test
    void everyAdminRouteInTheDocsNamesTheRolesTheFilterLetsIn() throws IOException {
        Set<String> documented = Files.readAllLines(Path.of("..", "docs", "api.md")).stream()
                .filter(line -> line.startsWith("| ") && line.contains("`/api/admin"))
                .map(line -> {
                    String[] cells = line.split("\\|");
                    return cells[1].strip() + " " + cells[2].strip().replace("`", "") + " -> " + sorted(cells[3].strip());
                })
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> wrong = new ArrayList<>();
        router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/admin"))
                .filter(route -> !route.getUriMatchTemplate().toString().equals("/api/admin/login"))
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // Micronaut adds HEAD to every GET
                .forEach(route -> {
                    String expected = route.getHttpMethodName() + " " + template(route) + " -> " + who(route);
                    if (!documented.contains(expected)) {
                        wrong.add(expected);
                    }
                });
        assertEquals(List.of(), wrong, "docs/api.md rows that differ from the running routes (run infra/tools/list-routes.py)");
    }

    /** Role lists compare as sets: the tool keeps the source's order. */
    private static String sorted(String who) {
        return who.contains(",") || who.equals(who.toUpperCase(java.util.Locale.ROOT))
                ? java.util.Arrays.stream(who.split(",")).map(String::strip).sorted().collect(Collectors.joining(", "))
                : who;
    }

    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
    }

    private static String who(UriRouteInfo<?, ?> route) {
        Set<Role> roles = AllowedRoles.of(route.getAnnotationMetadata()).orElse(Set.of());
        if (roles.isEmpty()) {
            return "refused (no @RequiresRole)";
        }
        if (roles.size() == Role.values().length) {
            return "any signed-in admin user";
        }
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
