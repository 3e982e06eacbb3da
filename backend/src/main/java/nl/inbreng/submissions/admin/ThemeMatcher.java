package nl.inbreng.submissions.admin;

import nl.inbreng.themes.Thema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds themes by code or name the way people type them in a spreadsheet: case, accents and extra spaces do not
 * matter. A cell is first matched whole, so category names with commas ("Wegen, straten en verkeer", "Jeugd, alcohol
 * en drugs") stay whole, also when nobody knows them yet. Several themes in a cell are separated by ';' or '|'; a comma
 * separates only codes ("1.1, 2.3").
 */
final class ThemeMatcher {

    /** One theme named in a cell: a known code, or a name nobody knows yet ({@code code} null). */
    record Named(String code, String name) {
        boolean isNew() {
            return code == null;
        }
    }

    private static final Pattern THEME_SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Za-z0-9]{1,3}(\\.[A-Za-z0-9]{1,6}){1,3}");

    private final Map<String, String> codeByKey = new HashMap<>();
    private final Set<String> knownCodes = new HashSet<>();

    ThemeMatcher(List<Thema> known) {
        for (Thema thema : known) {
            codeByKey.putIfAbsent(key(thema.name()), thema.code());
        }
        for (Thema thema : known) {
            codeByKey.put(key(thema.code()), thema.code()); // a code wins over a name that looks the same
            knownCodes.add(key(thema.code()));
        }
    }

    Optional<String> find(String codeOrName) {
        return Optional.ofNullable(codeByKey.get(key(codeOrName)));
    }

    /**
     * The themes in one cell. The whole cell is tried first, so a name with commas ("Wegen, straten en verkeer") stays
     * one theme. Otherwise ';' and '|' separate themes, and a comma separates only where a code stands on either side
     * of it ("1.1, 2.3", "Jeugd, alcohol en drugs, 4.1"); a text between commas with no code beside it is one name.
     */
    List<Named> match(String cell) {
        String trimmed = cell.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        Optional<String> whole = find(trimmed);
        if (whole.isPresent()) {
            return List.of(new Named(whole.get(), trimmed));
        }
        List<Named> found = new ArrayList<>();
        for (String piece : THEME_SEPARATOR.split(trimmed)) {
            for (String part : commaParts(piece)) {
                String name = part.strip();
                if (!name.isEmpty()) {
                    found.add(new Named(find(name).orElse(null), name));
                }
            }
        }
        return found;
    }

    /** Splits at the commas that have a code on one side; the other commas belong to a name. */
    private List<String> commaParts(String piece) {
        if (find(piece).isPresent()) {
            return List.of(piece);
        }
        String[] segments = piece.split(",", -1);
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            if (isCode(current.toString()) || isCode(segments[i])) {
                parts.add(current.toString());
                current = new StringBuilder(segments[i]);
            } else {
                current.append(',').append(segments[i]);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** A known code, or text shaped like one ("4.1", "S.2", "I.12.3"): never part of a name. */
    private boolean isCode(String text) {
        String stripped = text.strip();
        return CODE_SHAPE.matcher(stripped).matches() || knownCodes.contains(key(stripped));
    }

    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
