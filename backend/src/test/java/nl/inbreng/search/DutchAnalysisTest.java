package nl.inbreng.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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

        assertTrue(terms.contains(stem("jongeren")), terms::toString);
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
        assertTrue(terms(analysis.queryAnalyzer(), "hangjongeren").contains(stem("jeugdoverlast")));
        assertFalse(terms(analysis.indexAnalyzer(), "hangjongeren").contains(stem("jeugdoverlast")));
    }

    @Test
    void takesCompoundPartsFromThemeExampleWords() {
        assertTrue(DutchAnalysis.withExtraWords(List.of("zwerfkattenopvang")).compoundPartCount()
                > DutchAnalysis.withExtraWords(List.of()).compoundPartCount());
    }

    private String stem(String word) throws IOException {
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
