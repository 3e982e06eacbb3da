package nl.inbreng.themes.suggestions;

import nl.inbreng.search.DutchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a text into counted features of four kinds, each kind marked by a prefix: the words as written ("w:"), their
 * Dutch stems and compound parts from the search analysis ("s:", so "vuilniszakken" also counts as "zak"), pairs of
 * neighbouring words ("b:") and character 3-5-grams inside each word ("c:"), which still match when a word is
 * misspelled ("lantarenpaal", "kontainer").
 */
final class TextFeatures {

    static final String WORD = "w:";
    static final String STEM = "s:";
    static final String BIGRAM = "b:";
    static final String GRAM = "c:";

    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    /** One-letter words ("n", "s") are noise; two letters already carry meaning ("wc", "ov"). */
    private static final int MIN_WORD = 2;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Analyzer analyzer;

    TextFeatures(DutchAnalysis analysis) {
        this.analyzer = analysis.indexAnalyzer();
    }

    Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> words = words(text);
        String previous = null;
        for (String word : words) {
            counts.merge(WORD + word, 1, Integer::sum);
            if (previous != null) {
                counts.merge(BIGRAM + previous + "_" + word, 1, Integer::sum);
            }
            previous = word;
            grams(word, counts);
        }
        stems(text, counts);
        return counts;
    }

    /** The features one word of a text yields on its own: what an explanation attributes to that word. */
    Map<String, Integer> countWord(String word) {
        Map<String, Integer> counts = new HashMap<>();
        counts.put(WORD + word, 1);
        grams(word, counts);
        stems(word, counts);
        return counts;
    }

    /** Lowercase words without accents, in text order. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }

    private static void grams(String word, Map<String, Integer> counts) {
        if (word.length() < MIN_GRAM) {
            return;
        }
        String padded = "_" + word + "_";
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int start = 0; start + n <= padded.length(); start++) {
                counts.merge(GRAM + padded.substring(start, start + n), 1, Integer::sum);
            }
        }
    }

    private void stems(String text, Map<String, Integer> counts) {
        try (TokenStream stream = analyzer.tokenStream("problem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > MIN_WORD) {
                    counts.merge(STEM + term, 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
