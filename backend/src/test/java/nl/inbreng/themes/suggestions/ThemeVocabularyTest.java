package nl.inbreng.themes.suggestions;

import nl.inbreng.search.DutchAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeVocabularyTest {

    private static final List<String> VNG_CODES = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5",
            "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4", "5.5", "S.1", "S.2", "S.3");

    private final ThemeVocabulary vocabulary = ThemeVocabulary.builtIn();

    @Test
    void addsWordsToEveryVngThemeAfterTheMunicipalitysOwnExampleWords() {
        List<ThemeClassifier.ThemeText> enriched = vocabulary.enrich(VNG_CODES.stream()
                .map(code -> new ThemeClassifier.ThemeText(code, "Thema " + code, null, "eigen woord")).toList());

        for (ThemeClassifier.ThemeText theme : enriched) {
            assertTrue(theme.exampleWords().startsWith("eigen woord, "), theme.code());
            assertTrue(theme.exampleWords().split(",").length > 30, theme.code() + " has too few words");
        }
    }

    @Test
    void leavesAThemeItDoesNotKnowAsItIs() {
        ThemeClassifier.ThemeText local = new ThemeClassifier.ThemeText("L.1", "Lokale prioriteit", "Iets van hier.", null);

        assertEquals(List.of(local), vocabulary.enrich(List.of(local)));
    }

    @Test
    void letsEverydayWordsThatTheDatabaseExampleWordsLackFindTheirTheme() {
        // Theme names only: whatever is suggested here comes from the built-in vocabulary.
        List<ThemeClassifier.ThemeText> themes = vocabulary.enrich(VNG_CODES.stream()
                .map(code -> new ThemeClassifier.ThemeText(code, "Thema " + code, null, null)).toList());
        DutchAnalysis analysis = DutchAnalysis.withExtraWords(
                themes.stream().map(ThemeClassifier.ThemeText::exampleWords).filter(Objects::nonNull).toList());
        ThemeClassifier model = ThemeClassifier.train(analysis, themes, List.of());

        assertEquals("1.1", model.suggest("De bovenburen zijn gehorig en maken tot diep in de nacht lawaai", 3).get(0).code());
        assertEquals("3.3", model.suggest("Overal lachgascilinders en blikjes bier bij de keet", 3).get(0).code());
        assertEquals("S.2", model.suggest("Mijn moeder kreeg een nepbericht en heeft geld overgemaakt", 3).get(0).code());
    }
}
