package nl.inbreng.themes.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resident vocabulary shipped with the suggestions (theme-vocabulary.txt): everyday words, compounds and
 * misspellings per VNG theme code, added to the example words the municipality keeps in the database. It lives
 * apart from those example words because they also feed search decompounding and clustering (ADR 0086).
 */
final class ThemeVocabulary {

    private static final String RESOURCE = "theme-vocabulary.txt";

    private final Map<String, String> wordsByCode;

    private ThemeVocabulary(Map<String, String> wordsByCode) {
        this.wordsByCode = wordsByCode;
    }

    static ThemeVocabulary builtIn() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String line : resourceText().split("\n")) {
            String trimmed = line.strip();
            int colon = trimmed.indexOf(':');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || colon < 1) {
                continue;
            }
            words.merge(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
        return new ThemeVocabulary(words);
    }

    /** The themes with this vocabulary appended to their example words; themes it does not know stay as they are. */
    List<ThemeClassifier.ThemeText> enrich(List<ThemeClassifier.ThemeText> themes) {
        return themes.stream().map(t -> {
            String extra = wordsByCode.get(t.code());
            if (extra == null) {
                return t;
            }
            String words = t.exampleWords() == null || t.exampleWords().isBlank() ? extra : t.exampleWords() + ", " + extra;
            return new ThemeClassifier.ThemeText(t.code(), t.name(), t.description(), words);
        }).toList();
    }

    private static String resourceText() {
        try (InputStream in = ThemeVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing theme suggestion resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
