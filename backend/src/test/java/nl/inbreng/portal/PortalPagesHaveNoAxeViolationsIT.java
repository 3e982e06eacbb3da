package nl.inbreng.portal;

import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** axe-core finds no WCAG 2.1 A/AA violation on any portal page, in Dutch and in the error state of the form. */
class PortalPagesHaveNoAxeViolationsIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/inbreng", "/mijn-inbreng", "/prioriteiten", "/wat-doen-we-ermee", "/privacy",
            "/toegankelijkheid", "/bestaat-niet"})
    void pageHasNoViolations(String path) {
        open(path);
        assertNoAxeViolations();
    }

    @Test
    void inputFormWithErrorsHasNoViolations() {
        open("/inbreng");
        page.locator("button[type=submit]").click();
        page.locator("#err-problem").waitFor();
        assertNoAxeViolations();
    }

    @Test
    void unknownReceiptMessageHasNoViolations() {
        open("/mijn-inbreng/ABCD-EFGH-JKMN");
        page.locator("#err-receipt").waitFor();
        assertNoAxeViolations();
    }
}
