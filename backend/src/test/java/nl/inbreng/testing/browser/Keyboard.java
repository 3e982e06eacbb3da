package nl.inbreng.testing.browser;

import com.microsoft.playwright.Page;

import static org.junit.jupiter.api.Assertions.fail;

/** Moves through a page with Tab only, as a keyboard user does: {@code keyboard.tabTo("button:has-text('Afmelden')")}. */
public final class Keyboard {

    private static final int MAX_TABS = 400;

    private final Page page;

    public Keyboard(Page page) {
        this.page = page;
    }

    /** Presses Tab until the element matching the CSS selector (optionally with :has-text('…')) has focus. */
    public void tabTo(String selector) {
        page.locator(selector).first().waitFor();
        String css = cssOnly(selector);
        String text = wantedText(selector);
        for (int i = 0; i < MAX_TABS; i++) {
            Object focused = page.evaluate("([s, t]) => !!document.activeElement && document.activeElement.matches(s)"
                    + " && (t === '' || (document.activeElement.textContent || '').includes(t))", new String[]{css, text});
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + selector);
    }

    public void press(String key) {
        page.keyboard().press(key);
    }

    public void type(String text) {
        page.keyboard().type(text);
    }

    private static String cssOnly(String selector) {
        int text = selector.indexOf(":has-text(");
        return text < 0 ? selector : selector.substring(0, text);
    }

    private static String wantedText(String selector) {
        int start = selector.indexOf(":has-text('");
        return start < 0 ? "" : selector.substring(start + 11, selector.lastIndexOf("')"));
    }
}
