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

    private static List<String> codes(List<ThemeMatcher.Named> named) {
        return named.stream().map(ThemeMatcher.Named::code).toList();
    }

    private static Thema thema(String code, String name) {
        return new Thema(code, code.substring(0, 1), name, null, null, null, null, Thema.ThemaKind.VNG, 0, true);
    }
}
