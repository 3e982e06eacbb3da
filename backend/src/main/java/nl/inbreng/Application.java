package nl.inbreng;

import io.micronaut.runtime.Micronaut;
import nl.inbreng.common.OutOfMemoryExit;

/** Starts Inbreng: the API, the public portal at /, the kiosk at /kraam and the admin app at /admin. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        OutOfMemoryExit.install();
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
