package nl.inbreng.testing.browser;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proves the journey support itself: Chromium starts, loads the portal from the embedded server, axe runs. */
class BrowserSupportIT extends BrowserTest {

    @Test
    void chromiumOpensThePortalServedByTheTestServer() {
        open("/");

        assertTrue(page.locator("h1").first().isVisible());
        assertTrue(page.evaluate("() => navigator.userAgent").toString().contains("Chrome"));
    }

    @Test
    void axeReallyReportsAViolation() {
        page.setContent("<html lang='nl'><head><title>t</title></head><body><main><img src='x.png'></main></body></html>");

        AssertionError failure = assertThrows(AssertionError.class, this::assertNoAxeViolations);
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }
}
