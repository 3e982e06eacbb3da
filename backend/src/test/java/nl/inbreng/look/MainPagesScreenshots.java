package nl.inbreng.look;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of the main pages at 390, 1280 and 1920 px, in Dutch and (for the portal) in English, with the demo
 * content: docs/screenshots/, refreshed by infra/screenshots.sh. Runs only when -Dinbreng.screenshots=<folder> is set.
 */
class MainPagesScreenshots extends BrowserTest {

    private static final List<String> MAIN = List.of("portal-start", "portal-inbreng", "portal-toegankelijkheid",
            "portal-thematafels", "portal-prioriteiten", "admin-inbox", "admin-inbreng-detail", "admin-dashboard", "admin-prioritering",
            "admin-auditlog", "admin-huisstijl", "admin-persoonsgegevens");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;

    private String beheerder;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inbreng.demo-data", "true");
    }

    @BeforeAll
    void createBeheerder() {
        beheerder = "screenshots-" + System.nanoTime();
        adminLogin.createUser(beheerder, Role.BEHEERDER);
    }

    @Test
    void mainPagesAtThreeWidths() throws IOException {
        String folder = System.getProperty("inbreng.screenshots", "");
        Assumptions.assumeFalse(folder.isBlank(), "set -Dinbreng.screenshots=<folder> to take screenshots");
        Path out = Files.createDirectories(Path.of(folder));
        for (int width : EveryPage.WIDTHS) {
            page.setViewportSize(width, 900);
            for (String language : List.of("nl", "en")) {
                page.navigate(url("/"));
                page.evaluate("l => sessionStorage.setItem('inbreng.locale', l)", language);
                for (EveryPage.Visit visit : EveryPage.PORTAL) {
                    shoot(visit, width, language, out);
                }
            }
            page.evaluate("() => sessionStorage.setItem('inbreng.locale', 'nl')");
            page.navigate(url("/admin/inloggen"));
            signInThroughTheForm(beheerder);
            for (EveryPage.Visit visit : EveryPage.ADMIN) {
                shoot(visit, width, "nl", out);
            }
        }
        assertTrue(Files.list(out).findAny().isPresent(), "screenshots were written to " + out);
    }

    private void shoot(EveryPage.Visit visit, int width, String language, Path out) {
        if (!MAIN.contains(visit.name())) {
            return;
        }
        page.navigate(url(visit.path()));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(out.resolve(visit.name() + "-" + width + "-" + language + ".png")));
    }
}
