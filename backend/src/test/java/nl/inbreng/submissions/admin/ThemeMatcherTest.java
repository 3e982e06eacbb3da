package nl.inbreng.submissions.admin;

import nl.inbreng.themes.Thema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThemeMatcherTest {

    private final ThemeMatcher matcher = new ThemeMatcher(List.of(
            thema("3.1", "Jeugdoverlast"),
            thema("3.3", "Jeugd, alcohol en drugs"),
            thema("4.1", "Verkeersveiligheid"),
            thema("5.3", "Veilige publieke taak")));

    @Test
    void findsThemesByCodeOrByNameWhateverTheCaseOrAccents() {
        assertEquals(List.of(new ThemeMatcher.Named("4.1", "VERKEERSVEILIGHÉID")), matcher.match(" VERKEERSVEILIGHÉID "));
        assertEquals(List.of(new ThemeMatcher.Named("3.1", "3.1")), matcher.match("3.1"));
    }

    @Test
    void splitsSeveralThemesButKeepsANameWithACommaWhole() {
        assertEquals(List.of("3.3", "4.1"), codes(matcher.match("Jeugd, alcohol en drugs, 4.1")));
        assertEquals(List.of("3.1", "5.3"), codes(matcher.match("jeugdoverlast | veilige  publieke taak")));
    }

    @Test
    void marksNamesNobodyKnowsAsNew() {
        List<ThemeMatcher.Named> found = matcher.match("3.1,Parkeeroverlast");

        assertEquals("3.1", found.get(0).code());
        assertEquals(new ThemeMatcher.Named(null, "Parkeeroverlast"), found.get(1));
    }

    @Test
    void keepsANameNobodyKnowsWholeWhenItHoldsCommas() {
        assertEquals(List.of(new ThemeMatcher.Named(null, "Wegen, straten en verkeer")),
                matcher.match("Wegen, straten en verkeer"));
        assertEquals(List.of(new ThemeMatcher.Named(null, "Overlast, hinder en vandalisme, graffiti")),
                matcher.match(" Overlast, hinder en vandalisme, graffiti "));
    }

    @Test
    void separatesSeveralNamesWithSemicolonsOrBarsAndCodesWithCommas() {
        assertEquals(List.of(new ThemeMatcher.Named(null, "Wegen, straten en verkeer"), new ThemeMatcher.Named(null, "Afval"),
                        new ThemeMatcher.Named("3.1", "Jeugdoverlast")),
                matcher.match("Wegen, straten en verkeer; Afval | Jeugdoverlast"));
        assertEquals(List.of("3.1", "4.1", "5.3"), codes(matcher.match("3.1, 4.1,5.3")));
        assertEquals(List.of("3.3", "3.1"), codes(matcher.match("Jeugd, alcohol en drugs;jeugdoverlast")));
    }

    @Test
    void aCommaBetweenTwoNamesIsPartOfOneName() {
        // Only ';' and '|' separate names: "Jeugdoverlast, verkeersveiligheid" is a category of its own.
        assertEquals(List.of(new ThemeMatcher.Named(null, "Jeugdoverlast, verkeersveiligheid")),
                matcher.match("Jeugdoverlast, verkeersveiligheid"));
    }

    private static List<String> codes(List<ThemeMatcher.Named> named) {
        return named.stream().map(ThemeMatcher.Named::code).toList();
    }

    private static Thema thema(String code, String name) {
        return new Thema(code, code.substring(0, 1), name, null, null, null, null, Thema.ThemaKind.VNG, 0, true);
    }
}
