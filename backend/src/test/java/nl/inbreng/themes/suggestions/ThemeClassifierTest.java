package nl.inbreng.themes.suggestions;

import nl.inbreng.search.DutchAnalysis;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Test
    void veldSmoothingLiftsTheSiblingsOfALikelyThemeAndKeepsTheScoresAProbability() {
        // Verkeer and Overlast share veld 1, Inbraak and Afval veld 2.
        List<ThemeClassifier.ThemeText> themes = List.of(recode(THEMES.get(0), "1.1"), recode(THEMES.get(1), "1.2"),
                recode(THEMES.get(2), "2.1"), recode(THEMES.get(3), "2.2"));
        List<ThemeClassifier.Example> tagged = TAGGED.stream().map(e -> new ThemeClassifier.Example(e.text(),
                e.labels().stream().map(l -> Map.of("A", "1.1", "B", "1.2", "C", "2.1", "D", "2.2").get(l)).toList())).toList();
        String text = "Er wordt veel te hard gereden, er moeten drempels komen";

        Map<String, Double> plain = scores(ThemeClassifier.train(analysis, themes, tagged,
                new ThemeClassifier.Settings(20, 1e-2, 20, 0, 0.5)).suggest(text, 4));
        Map<String, Double> smoothed = scores(ThemeClassifier.train(analysis, themes, tagged,
                new ThemeClassifier.Settings(20, 1e-2, 20, 0.5, 0.5)).suggest(text, 4));

        assertTrue(smoothed.get("1.2") > plain.get("1.2"), smoothed + " vs " + plain);
        assertTrue(smoothed.get("1.1") < plain.get("1.1"), smoothed + " vs " + plain);
        assertEquals(1.0, smoothed.values().stream().mapToDouble(Double::doubleValue).sum(), 0.005);
    }

    @Test
    void themesWithoutAVeldInTheirCodeAreNotSmoothed() {
        String text = "Hardrijders en zwerfvuil bij de school";

        assertEquals(ThemeClassifier.train(analysis, THEMES, TAGGED, new ThemeClassifier.Settings(20, 1e-2, 20, 0, 0.5)).suggest(text, 4),
                ThemeClassifier.train(analysis, THEMES, TAGGED, new ThemeClassifier.Settings(20, 1e-2, 20, 0.5, 0.5)).suggest(text, 4));
    }

    private static ThemeClassifier.ThemeText recode(ThemeClassifier.ThemeText text, String code) {
        return new ThemeClassifier.ThemeText(code, text.name(), text.description(), text.exampleWords());
    }

    private static Map<String, Double> scores(List<ThemeClassifier.Suggestion> suggestions) {
        Map<String, Double> scores = new HashMap<>();
        suggestions.forEach(s -> scores.put(s.code(), s.score()));
        return scores;
    }
}
