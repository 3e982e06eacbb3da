package nl.inbreng.submissions.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests pieces of an input that identify a person: phone numbers, e-mail addresses, Dutch number plates,
 * street addresses and names. It only suggests: a member of the werkgroep confirms each piece before it is removed,
 * so a name pattern may catch a shop now and then, but it should not miss the obvious ("meneer Jansen").
 */
final class RedactionDetector {

    /** A suggested piece, as character offsets into the text (end exclusive). */
    record Span(int start, int end, Kind kind, String text) {
    }

    /** What a piece looks like. */
    enum Kind { TELEFOON, EMAIL, KENTEKEN, ADRES, NAAM }

    private static final String LOWER = "[a-zà-öø-ÿ]";
    private static final String WORD = "[A-ZÀ-ÖØ-Þ]" + LOWER + "+";
    private static final String SURNAME = "(?:(?:van|de|der|den|ter|ten|het|'t|van der|van den|van de)\\s)*" + WORD
            + "(?:-" + WORD + ")?";
    private static final String STREET_SUFFIX = "(?:straat|weg|laan|plein|kade|pad|hof|singel|dreef|gracht|dijk|steeg"
            + "|markt|ring|baan|erf|dam|wal|veld|park|burg|hout|hoven|akker|brink|zoom|wetering)";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    // 06-12345678, 0612345678, 010 123 4567, +31 6 1234 5678, 0031 20 1234567: a 0 or +31 and nine more digits.
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+31|0031|0)(?:[\\s-]?\\(?\\d\\)?){9}(?!\\d)");
    // The Dutch sidecodes since 1951 (letters X, digits 9): XX-99-99 … 999-XX-9.
    private static final Pattern PLATE = Pattern.compile("(?<![\\w-])(?:"
            + "[A-Z]{2}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-[A-Z]{2}|\\d{2}-[A-Z]{2}-\\d{2}|[A-Z]{2}-\\d{2}-[A-Z]{2}"
            + "|[A-Z]{2}-[A-Z]{2}-\\d{2}|\\d{2}-[A-Z]{2}-[A-Z]{2}|\\d{2}-[A-Z]{3}-\\d|\\d-[A-Z]{3}-\\d{2}"
            + "|[A-Z]{2}-\\d{3}-[A-Z]|[A-Z]-\\d{3}-[A-Z]{2}|[A-Z]{3}-\\d{2}-[A-Z]|[A-Z]-\\d{2}-[A-Z]{3}"
            + "|\\d-[A-Z]{2}-\\d{3}|\\d{3}-[A-Z]{2}-\\d)(?![\\w-])");
    private static final Pattern ADDRESS = Pattern.compile("(?:\\b[A-Z]" + LOWER + "*\\s)?\\b[A-Z]" + LOWER + "*"
            + STREET_SUFFIX + "\\s\\d{1,4}(?:\\s?[a-zA-Z]\\b)?(?:-\\d{1,4})?");
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile("\\b(?:[Mm]eneer|[Mm]evrouw|[Bb]uurman|[Bb]uurvrouw"
            + "|[Dd]hr\\.?|[Mm]evr\\.?|[Hh]eer|[Ee]ne|[Ff]amilie|[Oo]om|[Tt]ante)\\s+((?:" + WORD + "\\s)?" + SURNAME + ")");
    private static final Pattern INITIALS = Pattern.compile("\\b(?:[A-Z]\\.\\s?){1,3}" + SURNAME);
    private static final Pattern TWO_CAPITALS = Pattern.compile("\\b(" + WORD + ")\\s(" + SURNAME + ")");
    /** Capitalised pairs that are rarely people: organisations and places residents name. */
    private static final Set<String> NOT_A_FIRST_NAME = Set.of("Albert", "Gemeente", "Politie", "Openbaar", "Sint",
            "Nieuwe", "Oude", "Grote", "Kleine", "Hoge", "Lage", "Noord", "Oost", "Zuid", "West", "Rode", "Veilig",
            "Het", "De", "Een", "Ik", "Wij", "We", "Ze", "Zij", "Hij", "Mijn", "Onze", "Bij", "In", "Op", "Als", "Maar");

    private RedactionDetector() {
    }

    static List<Span> detect(String text) {
        List<Span> found = new ArrayList<>();
        add(found, text, EMAIL, 0, Kind.EMAIL);
        add(found, text, PHONE, 0, Kind.TELEFOON);
        add(found, text, PLATE, 0, Kind.KENTEKEN);
        add(found, text, ADDRESS, 0, Kind.ADRES);
        add(found, text, NAME_AFTER_TITLE, 1, Kind.NAAM);
        add(found, text, INITIALS, 0, Kind.NAAM);
        Matcher pair = TWO_CAPITALS.matcher(text);
        while (pair.find()) {
            if (!atSentenceStart(text, pair.start()) && !NOT_A_FIRST_NAME.contains(pair.group(1))
                    && !pair.group(2).matches(".*" + STREET_SUFFIX)) {
                found.add(new Span(pair.start(), pair.end(), Kind.NAAM, pair.group()));
            }
        }
        return withoutOverlaps(found);
    }

    private static void add(List<Span> found, String text, Pattern pattern, int group, Kind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Span(m.start(group), m.end(group), kind, m.group(group)));
        }
    }

    private static boolean atSentenceStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\"'(".indexOf(text.charAt(i)) >= 0;
    }

    /** Earlier patterns are surer: a later piece that overlaps a kept one is dropped. */
    private static List<Span> withoutOverlaps(List<Span> found) {
        List<Span> kept = new ArrayList<>();
        for (Span span : found) {
            if (kept.stream().noneMatch(k -> k.start() < span.end() && span.start() < k.end())) {
                kept.add(span);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }
}
