package nl.inbreng.themes.suggestions;

import nl.inbreng.search.DutchAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeClassifierTest {

    private static final List<ThemeClassifier.ThemeText> THEMES = List.of(
            new ThemeClassifier.ThemeText("A", "Verkeer", "Gaat over hard rijden en parkeren.", "snelheid, hardrijders, parkeren, drempels"),
            new ThemeClassifier.ThemeText("B", "Overlast", "Gaat over lawaai en ruzie met buren.", "burenruzie, geluidsoverlast, harde muziek"),
            new ThemeClassifier.ThemeText("C", "Inbraak", "Gaat over inbraak en diefstal.", "inbraak, fietsendiefstal, inbrekers"),
            new ThemeClassifier.ThemeText("D", "Afval", "Gaat over zwerfvuil en gedumpt afval.", "zwerfvuil, vuilniszakken, grofvuil"));

    private static final List<ThemeClassifier.Example> TAGGED = List.of(
            new ThemeClassifier.Example("Auto's scheuren door de straat, er moeten drempels komen.", List.of("A")),
            new ThemeClassifier.Example("De buren draaien elke nacht harde muziek.", List.of("B")),
            new ThemeClassifier.Example("Mijn fiets is gestolen bij het station.", List.of("C", "D")),
            new ThemeClassifier.Example("Overal liggen vuilniszakken naast de container.", List.of("D")));

    private final DutchAnalysis analysis = DutchAnalysis.withExtraWords(THEMES.stream().map(ThemeClassifier.ThemeText::exampleWords).toList());

    @Test
    void suggestsTheThemeWhoseWordsTheTextUsesEvenWhenMisspelled() {
        ThemeClassifier model = ThemeClassifier.train(analysis, THEMES, TAGGED);

        assertEquals("B", model.suggest("Elke avond geluidsoverlast en burenrusie in de flat", 3).get(0).code());
        assertEquals("C", model.suggest("Er is weer ingebroken, de inbrekkers kwamen via de tuin", 3).get(0).code());
    }

    @Test
    void givesAtMostTheAskedNumberOfSuggestionsBestFirstWithScoresBetweenZeroAndOne() {
        ThemeClassifier model = ThemeClassifier.train(analysis, THEMES, TAGGED);

        List<ThemeClassifier.Suggestion> suggestions = model.suggest("Hardrijders en zwerfvuil bij de school", 3);

        assertEquals(3, suggestions.size());
        for (int i = 1; i < suggestions.size(); i++) {
            assertTrue(suggestions.get(i - 1).score() >= suggestions.get(i).score());
        }
        suggestions.forEach(s -> assertTrue(s.score() >= 0 && s.score() <= 1));
    }

    @Test
    void trainingTwiceOnTheSameInputsGivesTheSameSuggestions() {
        String text = "Er wordt te hard gereden en geparkeerd op de stoep";

        assertEquals(ThemeClassifier.train(analysis, THEMES, TAGGED).suggest(text, 3),
                ThemeClassifier.train(analysis, THEMES, TAGGED).suggest(text, 3));
    }

    @Test
    void crossValidationOnlyPicksFromTheGivenGrid() {
        List<ThemeClassifier.Settings> grid = List.of(new ThemeClassifier.Settings(0, 1e-3, 5),
                new ThemeClassifier.Settings(10, 1e-3, 5));

        List<ThemeClassifier.Validation> validations = ThemeClassifier.crossValidate(analysis, THEMES, TAGGED, grid, 2);

        assertEquals(grid, validations.stream().map(ThemeClassifier.Validation::settings).toList());
        assertTrue(grid.contains(ThemeClassifier.best(validations)));
    }
}
