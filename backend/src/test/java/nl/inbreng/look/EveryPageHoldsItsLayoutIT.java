package nl.inbreng.look;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import nl.inbreng.testing.browser.LayoutProblems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page of the portal and the admin app, with the demo gemeente's content, at a phone (390 px), a laptop
 * (1280 px) and a wide screen (1920 px): nothing runs out of its column, nothing is drawn over something else, the
 * page does not scroll sideways, text is not drawn too small to read, the page rendered its heading, and axe-core finds
 * no WCAG 2.1 A/AA violation.
 */
class EveryPageHoldsItsLayoutIT extends BrowserTest {

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
        beheerder = "layout-" + System.nanoTime();
        adminLogin.createUser(beheerder, Role.BEHEERDER);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280, 1920})
    void everyPageHoldsAtThisWidth(int width) {
        page.setViewportSize(width, 900);
        List<String> found = new ArrayList<>();
        for (EveryPage.Visit visit : EveryPage.PORTAL) {
            found.addAll(check(visit));
        }
        page.navigate(url("/admin/inloggen"));
        signInThroughTheForm(beheerder);
        for (EveryPage.Visit visit : EveryPage.ADMIN) {
            found.addAll(check(visit));
        }
        if (!found.isEmpty()) {
            fail("At " + width + " px:\n" + String.join("\n", found));
        }
    }

    private List<String> check(EveryPage.Visit visit) {
        try {
            page.navigate(url(visit.path()));
            page.waitForLoadState(LoadState.NETWORKIDLE);
        } catch (PlaywrightException e) {
            throw new AssertionError(visit.path() + " did not finish loading: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        // an empty page holds its layout perfectly: each page must also have rendered its one visible heading
        Object headings = page.evaluate("() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).length");
        if (((Number) headings).intValue() != 1) {
            problems.add(visit.path() + ": shows " + headings + " visible h1 headings instead of one (did the page render?)");
        }
        LayoutProblems.on(page).forEach(problem -> problems.add(visit.path() + ": " + problem));
        try {
            assertNoAxeViolations();
        } catch (AssertionError e) {
            problems.add(visit.path() + ": " + e.getMessage());
        }
        return problems;
    }
}
