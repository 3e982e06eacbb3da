package nl.inbreng.testing.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proves the journey support itself: Chromium starts, loads the portal from the embedded server, axe runs. */
@MicronautTest(transactional = false)
class BrowserSupportTest extends BrowserTest {

    @Test
    void chromiumOpensThePortalServedByTheTestServer() {
        open("/");

        assertTrue(page.locator("h1").first().isVisible());
        assertTrue(page.evaluate("() => navigator.userAgent").toString().contains("Chrome"));
    }
}
