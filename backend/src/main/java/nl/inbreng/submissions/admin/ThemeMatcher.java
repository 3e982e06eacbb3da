package nl.inbreng.submissions.admin;

import nl.inbreng.themes.Thema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds themes by code or name the way people type them in a spreadsheet: case, accents and extra spaces do not
 * matter. A cell may hold several themes separated by '|' or ','; theme names that contain a comma themselves
 * ("Jeugd, alcohol en drugs") are still recognised whole.
 */
final class ThemeMatcher {

    /** One theme named in a cell: a known code, or a name nobody knows yet ({@code code} null). */
    record Named(String code, String name) {
        boolean isNew() {
            return code == null;
        }
    }

    private final Map<String, String> codeByKey = new HashMap<>();

    ThemeMatcher(List<Thema> known) {
        for (Thema thema : known) {
            codeByKey.putIfAbsent(key(thema.name()), thema.code());
        }
        for (Thema thema : known) {
            codeByKey.put(key(thema.code()), thema.code()); // a code wins over a name that looks the same
        }
    }

    Optional<String> find(String codeOrName) {
        return Optional.ofNullable(codeByKey.get(key(codeOrName)));
    }

    List<Named> match(String cell) {
        String trimmed = cell.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        Optional<String> whole = find(trimmed);
        if (whole.isPresent()) {
            return List.of(new Named(whole.get(), trimmed));
        }
        List<String> pieces = Arrays.asList(trimmed.split(trimmed.contains("|") ? "\\|" : ","));
        List<Named> found = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int taken = 0;
            for (int j = pieces.size(); j > i + 1 && taken == 0; j--) {
                String joined = String.join(",", pieces.subList(i, j));
                Optional<String> code = find(joined);
                if (code.isPresent()) {
                    found.add(new Named(code.get(), joined.strip()));
                    taken = j - i;
                }
            }
            if (taken == 0) {
                String piece = pieces.get(i).strip();
                if (!piece.isEmpty()) {
                    found.add(new Named(find(piece).orElse(null), piece));
                }
                taken = 1;
            }
            i += taken;
        }
        return found;
    }

    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
