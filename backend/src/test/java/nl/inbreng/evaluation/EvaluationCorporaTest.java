package nl.inbreng.evaluation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationCorporaTest {

    @Test
    void meldingenHoldAtLeast1500ReportsInTwelveToFifteenCategoriesWithDuplicates() {
        EvaluationCorpora.Corpus meldingen = EvaluationCorpora.meldingen();

        assertTrue(meldingen.size() >= 1500, "size " + meldingen.size());
        assertEquals(meldingen.size(), meldingen.labels().size());
        int categories = meldingen.categories().size();
        assertTrue(categories >= 12 && categories <= 15, "categories " + categories);
        assertTrue(meldingen.categories().contains("Wegen, straten en verkeer"));
        assertTrue(meldingen.texts().stream().noneMatch(String::isBlank));
        Set<String> seen = new HashSet<>();
        long duplicates = meldingen.texts().stream().filter(text -> !seen.add(text)).count();
        assertTrue(duplicates > 0, "exact duplicates are part of real report streams");
    }

    @Test
    void relabelledCorpusMapsEveryDemoInputToOneOfAboutTenMadeUpCategories() {
        EvaluationCorpora.Corpus demo = EvaluationCorpora.demo();
        EvaluationCorpora.Corpus relabelled = EvaluationCorpora.relabelled();

        assertEquals(demo.texts(), relabelled.texts());
        List<String> categories = relabelled.categories();
        assertTrue(categories.size() >= 9 && categories.size() <= 12, "categories " + categories);
        assertTrue(categories.stream().anyMatch(name -> name.contains(",")), "some names hold a comma");
        EvaluationCorpora.RELABELLED_TAXONOMY.values()
                .forEach(codes -> assertTrue(codes.size() >= 1 && codes.size() <= 4, codes.toString()));
    }
}
