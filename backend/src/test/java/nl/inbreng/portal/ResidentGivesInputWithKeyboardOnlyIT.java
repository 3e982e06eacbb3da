package nl.inbreng.portal;

import nl.inbreng.testing.Sql;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A resident who uses only the keyboard gives input, keeps the receipt, looks it up and withdraws it. */
class ResidentGivesInputWithKeyboardOnlyIT extends BrowserTest {

    @Test
    void givesInputGetsAReceiptViewsAndWithdrawsIt() throws Exception {
        String problem = "Bij de school rijden auto's te hard " + UUID.randomUUID();
        open("/inbreng");

        tabTo("#problem");
        page.keyboard().type(problem);
        tabTo("#solution");
        page.keyboard().type("Drempels en een zebrapad.");
        // the full list is folded: open it, open one veiligheidsveld, tick a theme
        tabTo("button[aria-controls='all-themes']");
        press("Enter");
        tabTo("summary:has-text('Jeugd en veiligheid')");
        press("Enter");
        tabTo("[id='theme-3.1']");
        press("Space");
        tabTo("[id='who-INWONER']");
        press("Space");
        tabTo("button[type=submit]");
        press("Enter");

        assertEquals("Klopt dit?", page.locator("h1").textContent().trim());
        tabTo("button:has-text('Versturen')");
        press("Enter");

        String receipt = page.getByTestId("receipt").textContent().trim();
        assertTrue(receipt.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), receipt);
        page.reload();
        assertEquals(receipt, page.getByTestId("receipt").textContent().trim(), "the receipt survives a reload");
        tabTo("a[href='/mijn-inbreng/" + receipt + "']");
        press("Enter");

        page.getByText(problem).waitFor();
        assertEquals("Ontvangen", page.getByTestId("status").textContent().trim());
        tabTo("button:has-text('Inbreng intrekken')");
        press("Enter");
        tabTo("button:has-text('Ja, trek mijn inbreng in')");
        press("Enter");

        page.getByText("Uw inbreng is ingetrokken.").waitFor();
        assertEquals("Ingetrokken", page.getByTestId("status").textContent().trim());
        assertEquals(0, page.getByText(problem).count());
        assertEquals(0, storedWithText(problem), "the text is gone from the database");
    }

    /** Presses Tab until the element matching the selector has focus, as a keyboard user would. */
    private void tabTo(String selector) {
        page.locator(selector).first().waitFor();
        for (int i = 0; i < 300; i++) {
            Object focused = page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)",
                    cssOnly(selector));
            if (Boolean.TRUE.equals(focused) && matchesText(selector)) {
                return;
            }
            press("Tab");
        }
        fail("Tab never reached " + selector);
    }

    private static String cssOnly(String selector) {
        int text = selector.indexOf(":has-text(");
        return text < 0 ? selector : selector.substring(0, text);
    }

    private boolean matchesText(String selector) {
        int start = selector.indexOf(":has-text('");
        if (start < 0) {
            return true;
        }
        String wanted = selector.substring(start + 11, selector.lastIndexOf("')"));
        Object text = page.evaluate("() => document.activeElement.textContent");
        return text != null && text.toString().contains(wanted);
    }

    private static long storedWithText(String text) throws Exception {
        return Sql.number("SELECT COUNT(*) FROM submission WHERE problem = ?", text);
    }
}
