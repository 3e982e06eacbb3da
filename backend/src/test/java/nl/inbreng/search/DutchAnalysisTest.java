package nl.inbreng.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutchAnalysisTest {

    private final DutchAnalysis analysis = DutchAnalysis.withExtraWords(List.of("burenruzie, fietsendiefstal"));

    @Test
    void indexesTheKnownPartsOfACompoundWord() throws IOException {
        List<String> terms = terms(analysis.indexAnalyzer(), "hangjongeren");

        assertTrue(terms.contains(oldStem("jongeren")), terms::toString);
        assertTrue(terms.contains("hang"), terms::toString);
    }

    @Test
    void givesSingularAndPluralTheSameStem() throws IOException {
        assertEquals(terms(analysis.plainAnalyzer(), "jongeren"), terms(analysis.plainAnalyzer(), "jongere"));
    }

    @Test
    void foldsAccentsAndCase() throws IOException {
        assertEquals(terms(analysis.plainAnalyzer(), "CAFE"), terms(analysis.plainAnalyzer(), "café"));
    }

    @Test
    void expandsDomainSynonymsInQueriesOnly() throws IOException {
        assertTrue(terms(analysis.queryAnalyzer(), "hangjongeren").contains(oldStem("jeugdoverlast")));
        assertFalse(terms(analysis.indexAnalyzer(), "hangjongeren").contains(oldStem("jeugdoverlast")));
    }

    @Test
    void takesCompoundPartsFromThemeExampleWords() {
        assertTrue(DutchAnalysis.withExtraWords(List.of("zwerfkattenopvang")).compoundPartCount()
                > DutchAnalysis.withExtraWords(List.of()).compoundPartCount());
    }

    @Test
    void splitsACompoundOnlyWhenKnownWordsCoverItWhole() {
        CompoundSplitter splitter = analysis.splitter();

        assertEquals(List.of("fietsen", "diefstal"), splitter.splitWords("fietsendiefstal"));
        assertEquals(List.of("hard", "rijders"), splitter.splitWords("hardrijders"));
        assertEquals(List.of("winkel", "diefstal"), splitter.splitWords("winkeldiefstal"));
        assertEquals(List.of(), splitter.splitWords("geweldig"));
        assertEquals(List.of(), splitter.splitWords("diefstal"), "a base word stays whole");
    }

    @Test
    void indexesTheWholeCompoundAndItsParts() throws IOException {
        List<String> terms = terms(analysis.documentAnalyzer(), "Overal hondenpoep op de camera's");

        assertTrue(terms.containsAll(List.of(stem("hondenpoep"), stem("honden"), stem("poep"), stem("camera"))),
                terms::toString);
    }

    @Test
    void expandsAWordToItsConceptGroupAndACompoundToItsParts() {
        String query = analysis.expansion().build("fietsendiefstal").toString();

        assertTrue(query.contains(stem("gestolen")), query);
        assertTrue(query.contains(stem("gejat")), query);
        assertTrue(query.contains("problem:" + stem("fiets")), query);
    }

    @Test
    void dropsStopWordsAndLetsGeneralWordsOnlyRank() {
        BooleanQuery query = (BooleanQuery) analysis.expansion().build("overlast van vuurwerk");

        assertEquals(List.of(Occur.SHOULD, Occur.MUST), query.clauses().stream().map(BooleanClause::getOccur).toList(),
                query::toString);
        assertFalse(query.toString().contains("problem:van"), query::toString);
    }

    private String stem(String word) {
        return analysis.stems(word).get(0);
    }

    private String oldStem(String word) throws IOException {
        return terms(analysis.plainAnalyzer(), word).get(0);
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("problem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
