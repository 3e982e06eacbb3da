package nl.inbreng.portal;

import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A resident who reads English switches the portal to English and keeps it while moving on. */
class ResidentSwitchesToEnglishIT extends BrowserTest {

    @Test
    void switchesTheWholePortalIncludingThemesToEnglish() {
        open("/");
        assertEquals("nl", page.locator("html").getAttribute("lang"));
        String dutchTitle = page.locator("h1").textContent();

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")).click();

        assertEquals("en", page.locator("html").getAttribute("lang"));
        assertNotEquals(dutchTitle, page.locator("h1").textContent());
        assertEquals("What matters to you for safety in your neighbourhood?", page.locator("h1").textContent().trim());

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Give your input").setExact(true)).first().click();
        page.locator("[id='theme-3.1']").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertEquals("Give your input", page.locator("h1").textContent().trim());
        assertEquals("Youth nuisance", page.locator("label[for='theme-3.1']").evaluate("l => l.firstChild.textContent").toString().trim());
    }
}
