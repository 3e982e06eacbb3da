package nl.inbreng.testing.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Counts what a flow asks of a person: every fill, click or check is a step, and before each step the page is scrolled
 * just far enough to show the element (as a person scrolls to it); the distance scrolled is added up. The figures
 * compare two versions of a form on the same device; they are not timings.
 */
public final class FlowMeter {

    private final Page page;
    private int steps;
    private long scrolled;
    private long tallest;

    public FlowMeter(Page page) {
        this.page = page;
    }

    public void fill(Locator field, String text) {
        reach(field);
        field.fill(text);
    }

    public void click(Locator target) {
        reach(target);
        target.click();
    }

    /** Records the height of the page the person is on now (the tallest one counts). */
    public void notePageHeight() {
        Number height = (Number) page.evaluate("() => document.documentElement.scrollHeight");
        tallest = Math.max(tallest, height.longValue());
    }

    private void reach(Locator target) {
        notePageHeight();
        target.waitFor();
        double before = scrollY();
        target.scrollIntoViewIfNeeded();
        scrolled += Math.round(Math.abs(scrollY() - before));
        steps++;
    }

    private double scrollY() {
        return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
    }

    public int steps() {
        return steps;
    }

    public long scrolledPixels() {
        return scrolled;
    }

    public long tallestPage() {
        return tallest;
    }

    @Override
    public String toString() {
        return steps + " steps, " + scrolled + " px scrolled, tallest page " + tallest + " px";
    }
}
