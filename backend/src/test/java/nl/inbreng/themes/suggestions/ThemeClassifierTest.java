package nl.inbreng.themes.suggestions;

import nl.inbreng.search.DutchAnalysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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

    /** Fixed settings, so these tests do not depend on what the cross-validation picks. */
    private static final ThemeClassifier.Settings FIXED = new ThemeClassifier.Settings(1, 4, 0, 20, 4, 0);

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
    void explainsEachSuggestionWithTheWordsThatDroveItAndTheMostSimilarTaggedInputs() {
        List<ThemeClassifier.Example> tagged = List.of(
                new ThemeClassifier.Example(11, "Auto's scheuren door de straat, er moeten drempels komen.", List.of("A")),
                new ThemeClassifier.Example(12, "Elke avond hardrijders in onze straat.", List.of("A")),
                new ThemeClassifier.Example(13, "De buren draaien elke nacht harde muziek.", List.of("B")),
                new ThemeClassifier.Example(14, "Overal liggen vuilniszakken naast de container.", List.of("D")));
        ThemeClassifier model = ThemeClassifier.train(analysis, THEMES, tagged, FIXED);

        ThemeClassifier.Suggestion first = model.suggest("Hardrijders scheuren 's avonds door de straat", 3).get(0);

        assertEquals("A", first.code());
        ThemeClassifier.Explanation why = first.explanation();
        assertEquals(2, why.taggedInputs());
        assertTrue(why.words().contains("hardrijders") || why.words().contains("scheuren"), why.words().toString());
        assertTrue(why.words().stream().allMatch("hardrijders scheuren s avonds door de straat"::contains), why.words().toString());
        assertEquals(List.of(12L, 11L), why.similar().stream().map(ThemeClassifier.SimilarInput::id).toList(),
                "the inputs tagged A, most similar first");
        assertEquals("Elke avond hardrijders in onze straat.", why.similar().get(0).snippet());
        assertTrue(why.fromThemeText() >= 0 && why.fromThemeText() <= 1);
    }

    @Test
    void aThemeWithManyTaggedInputsIsDrivenByThemWhileAnUntaggedThemeLivesOnItsText() {
        // The werkgroep files full containers under "Verkeer" (A), against what the theme texts say (D, Afval).
        String text = "De container is weer vol en er staan vuilniszakken naast";
        List<ThemeClassifier.Example> once = List.of(new ThemeClassifier.Example(1, "Container vol met zakken ernaast", List.of("A")));
        List<ThemeClassifier.Example> often = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            often.add(new ThemeClassifier.Example(i, "Container vol " + i + " zakken ernaast bij flat " + (i % 7), List.of("A")));
        }

        List<ThemeClassifier.Suggestion> fewTags = ThemeClassifier.train(analysis, THEMES, once, FIXED).suggest(text, 4);
        List<ThemeClassifier.Suggestion> manyTags = ThemeClassifier.train(analysis, THEMES, often, FIXED).suggest(text, 4);

        assertEquals("D", fewTags.get(0).code(), "with one tag the theme texts still lead: " + fewTags);
        assertEquals(1.0, fewTags.get(0).explanation().fromThemeText(), 1e-9, "an untagged theme is suggested from its text");
        assertEquals("A", manyTags.get(0).code(), "thirty tags outweigh the theme texts: " + manyTags);
        assertTrue(manyTags.get(0).explanation().fromThemeText() < 0.5, manyTags.get(0).explanation().toString());
    }

    @Test
    void choosesItsSettingsByCrossValidationInsideTheTaggedInputsAndDoesSoTheSameWayEachTime() {
        List<ThemeClassifier.Example> tagged = new ArrayList<>();
        String[][] phrases = {{"A", "te hard gereden in de straat"}, {"A", "auto's scheuren langs de school"},
                {"B", "harde muziek van de buren"}, {"B", "burenruzie en geschreeuw"}, {"D", "zwerfvuil bij de container"},
                {"D", "vuilniszakken op de stoep"}};
        for (int i = 0; i < 24; i++) {
            String[] phrase = phrases[i % phrases.length];
            tagged.add(new ThemeClassifier.Example(i, phrase[1] + " bij nummer " + i, List.of(phrase[0])));
        }
        String text = "Er wordt veel te hard gereden bij de school";

        ThemeClassifier first = ThemeClassifier.train(analysis, THEMES, tagged);
        ThemeClassifier second = ThemeClassifier.train(analysis, THEMES, tagged);

        assertEquals(CrossValidation.FOLDS, first.validation().folds());
        assertEquals(24, first.validation().examples());
        ThemeClassifier.Settings chosen = first.settings();
        assertTrue(contains(CrossValidation.MISFIT_PENALTIES, chosen.misfitPenalty())
                && contains(CrossValidation.PRIOR_FADES, chosen.priorFade())
                && contains(CrossValidation.PRIOR_STRENGTHS, chosen.priorStrength()), chosen.toString());
        assertEquals(first.settings(), second.settings());
        assertEquals(first.suggest(text, 3), second.suggest(text, 3));
        assertEquals("A", first.suggest(text, 3).get(0).code());
    }

    @Test
    void withTooFewTaggedInputsToCrossValidateItUsesTheFallbackSettings() {
        ThemeClassifier model = ThemeClassifier.train(analysis, THEMES, TAGGED);

        assertEquals(ThemeClassifier.Settings.FALLBACK, model.settings());
        assertEquals(0, model.validation().folds());
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
                new ThemeClassifier.Settings(1, 4, 0, 20, 4, 0)).suggest(text, 4));
        Map<String, Double> smoothed = scores(ThemeClassifier.train(analysis, themes, tagged,
                new ThemeClassifier.Settings(1, 4, 0, 20, 4, 0.5)).suggest(text, 4));

        assertTrue(smoothed.get("1.2") > plain.get("1.2"), smoothed + " vs " + plain);
        assertTrue(smoothed.get("1.1") < plain.get("1.1"), smoothed + " vs " + plain);
        assertEquals(1.0, smoothed.values().stream().mapToDouble(Double::doubleValue).sum(), 0.005);
    }

    @Test
    void themesWithoutAVeldInTheirCodeAreNotSmoothed() {
        String text = "Hardrijders en zwerfvuil bij de school";

        assertEquals(ThemeClassifier.train(analysis, THEMES, TAGGED, new ThemeClassifier.Settings(1, 4, 0, 20, 4, 0)).suggest(text, 4),
                ThemeClassifier.train(analysis, THEMES, TAGGED, new ThemeClassifier.Settings(1, 4, 0, 20, 4, 0.5)).suggest(text, 4));
    }

    private static boolean contains(double[] values, double value) {
        return java.util.Arrays.stream(values).anyMatch(v -> v == value);
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
