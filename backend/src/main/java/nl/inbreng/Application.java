package nl.inbreng;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import nl.inbreng.common.OutOfMemoryExit;

/** Starts Inbreng: the API, the public portal at /, the kiosk at /kraam and the admin app at /admin. */
@OpenAPIDefinition(info = @Info(title = "Inbreng", version = "1",
        description = "Participation portal for the Integraal Veiligheidsplan: public API (/api/v1) and the werkgroep's "
                + "admin API (/api/admin, session cookie + X-CSRF-Token). See docs/api.md."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        OutOfMemoryExit.install();
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
