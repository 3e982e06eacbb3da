package nl.inbreng.portal;

import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built Vue apps work under the strict Content-Security-Policy (no inline script or style): each page renders its
 * app and Chromium reports no violation.
 */
class PagesRunUnderTheContentSecurityPolicyIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/inbreng", "/mijn-inbreng", "/prioriteiten", "/thematafels", "/kraam", "/admin/"})
    void pageRendersWithoutAViolation(String path) {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        open(path);
        page.locator("#app *").first().waitFor();
        assertTrue(page.locator("h1").count() > 0, "the app rendered a heading on " + path);
        assertEquals(List.of(), violations);
    }
}
