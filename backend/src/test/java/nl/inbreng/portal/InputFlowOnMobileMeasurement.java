package nl.inbreng.portal;

import com.microsoft.playwright.Browser;
import nl.inbreng.testing.browser.BrowserTest;
import nl.inbreng.testing.browser.FlowMeter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the input flow on a 390 px phone: steps and scrolling from an empty form to a receipt (docs/benchmarks.md).
 * The resident describes first and confirms the theme the form proposes; the figures before this flow came from the
 * same journey on the old form (tick theme 4.1 in the open list of 22 first).
 */
class InputFlowOnMobileMeasurement extends BrowserTest {

    @Test
    void residentGivesInputOnAPhone() {
        page.setViewportSize(390, 844);
        open("/inbreng");
        FlowMeter meter = new FlowMeter(page);

        meter.fill(page.locator("#problem"), "Op de kruising bij de basisschool rijden auto's veel te hard. "
                + "Kinderen steken daar elke ochtend over.");
        meter.fill(page.locator("#solution"), "Drempels en een zebrapad bij de school.");
        // "Gaat het hierover?": the resident confirms the proposed theme with one tick
        meter.click(page.locator("[id='proposal-4.1']"));
        meter.click(page.locator("[id='who-INWONER']"));
        meter.click(page.locator("button[type=submit]"));
        meter.click(page.locator("button:has-text('Versturen')"));
        page.getByTestId("receipt").waitFor();
        meter.notePageHeight();

        System.out.println("INPUT FLOW 390px: " + meter);
        assertTrue(page.getByTestId("receipt").textContent().trim().length() > 10, "the receipt is shown");
    }
}
