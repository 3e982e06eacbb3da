package nl.inbreng.testing.browser;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout check finds what a person sees as broken, and stays quiet on a page that holds. */
class LayoutProblemsIT extends BrowserTest {

    private static final String STYLE = """
            <style>
              body { margin: 0; font: 16px sans-serif; }
              .wrap { overflow-x: auto; max-width: 100%; }
              .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
              table { width: 900px; }
            </style>
            """;

    private List<String> problemsOf(String body) {
        page.setViewportSize(390, 800);
        page.setContent("<!doctype html><html lang='nl'><head><title>t</title>" + STYLE + "</head><body><div id='app'>" + body
                + "</div></body></html>");
        return LayoutProblems.on(page);
    }

    @Test
    void aWideTableInAScrollingWrapperHoldsWhenTheWrapperContainsItsHiddenText() {
        List<String> problems = problemsOf("<div class='wrap' style='position: relative'><table><tr><td>Thema</td>"
                + "<td>Score<span class='hidden'> van jeugdoverlast</span></td></tr></table></div>");

        assertEquals(List.of(), problems);
    }

    @Test
    void hiddenTextThatEscapesAWrapperWithoutPositionMakesThePageScrollSideways() {
        List<String> problems = problemsOf("<div class='wrap'><table><tr><td>Thema</td>"
                + "<td>Score<span class='hidden'> van jeugdoverlast</span></td></tr></table></div>");

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("the page scrolls sideways")), problems.toString());
    }

    @Test
    void textOverTextIsAnOverlap() {
        List<String> problems = problemsOf("<p>Jeugdoverlast</p><p style='margin-top: -1.5em'>Verkeersveiligheid</p>");

        assertTrue(problems.stream().anyMatch(p -> p.contains("overlaps")), problems.toString());
    }

    @Test
    void aChartScaledOntoAPhoneIsTooSmallToRead() {
        List<String> problems = problemsOf("<svg viewBox='0 0 800 40' style='width: 100%'>"
                + "<text x='10' y='20' font-size='12'>week 41 (5–11 oktober 2026)</text></svg>");

        assertTrue(problems.stream().anyMatch(p -> p.contains("too small to read")), problems.toString());
    }
}
