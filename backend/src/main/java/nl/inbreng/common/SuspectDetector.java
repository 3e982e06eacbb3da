package nl.inbreng.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests pieces of an input that identify a person: phone numbers, e-mail addresses, Dutch number plates,
 * street addresses, names, and whole sentences that accuse a specific person. It only suggests: a member of the
 * werkgroep decides on each piece (remove or keep), so a pattern may catch a shop now and then, but it should not
 * miss the obvious ("meneer Jansen"). Whether an input may be quoted in public follows from these suggestions and
 * those decisions ({@link PublicQuotes}).
 */
public final class SuspectDetector {

    /** A suggested piece, as character offsets into the text (end exclusive). */
    public record Span(int start, int end, Kind kind, String text) {
    }

    /** What a piece looks like. */
    public enum Kind { TELEFOON, EMAIL, KENTEKEN, ADRES, NAAM, BESCHULDIGING }

    private static final String LOWER = "[a-zà-öø-ÿ]";
    private static final String WORD = "[A-ZÀ-ÖØ-Þ]" + LOWER + "+";
    private static final String SURNAME = "(?:(?:van|de|der|den|ter|ten|het|'t|van der|van den|van de|el|al)\\s)*" + WORD
            + "(?:-" + WORD + ")?";
    private static final String STREET_SUFFIX = "(?:straat|weg|laan|plein|kade|pad|hof|singel|dreef|gracht|dijk|steeg"
            + "|markt|ring|baan|erf|dam|wal|veld|park|burg|hout|hoven|akker|brink|zoom|wetering)";
    /** Suffixes that are never the end of a surname (unlike "akker" in Bakker or "hof" in Verhof). */
    private static final String CLEAR_STREET_SUFFIX = "(?:straat|weg|laan|plein|kade|singel|dreef|gracht|steeg)";
    /** A number after a place that is a quantity, not a house number: "De Vaart 30 km/u", "Centrum 2 keer". */
    private static final String NOT_A_HOUSE_NUMBER = "(?!\\s*(?:%|procent|jaar|jaren|euro|keer|uur|minuten|km|kilometer"
            + "|meter|mensen|personen|kinderen|jongeren|woningen|huizen|auto's|dagen|weken|maanden)\\b)";

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
            + STREET_SUFFIX + "\\s\\d{1,4}(?!\\d)(?:\\s?[a-zA-Z]\\b)?(?:-\\d{1,4})?" + NOT_A_HOUSE_NUMBER);
    // A street without a telling suffix ("van de Brink 21", "op Zuideinde 4"): the preposition gives it away.
    private static final Pattern ADDRESS_AFTER_PREPOSITION = Pattern.compile("\\b(?:aan|op|van|naast|bij|tegenover)"
            + "\\s(?:de\\s|het\\s)?((?:[A-Z]" + LOWER + "+\\s){1,2}\\d{1,4}(?!\\d)(?:\\s?[a-zA-Z]\\b)?)" + NOT_A_HOUSE_NUMBER);
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile("\\b(?:[Mm]eneer|[Mm]evrouw|[Bb]uurman|[Bb]uurvrouw"
            + "|[Dd]hr\\.?|[Mm]evr\\.?|[Mm]w\\.?|[Hh]eer|[Ee]ne|[Ee]en zekere|[Ff]amilie|[Oo]om|[Tt]ante|heet|genaamd"
            + "|noemde|noemt)\\s+((?:" + WORD + "\\s)?" + SURNAME + ")");
    private static final Pattern INITIALS = Pattern.compile("\\b(?:[A-Z]\\.\\s?){1,3}" + SURNAME);
    private static final Pattern TWO_CAPITALS = Pattern.compile("\\b(" + WORD + ")\\s(" + SURNAME + ")");
    /** Capitalised pairs that are rarely people: organisations and places residents name. */
    private static final Set<String> NOT_A_FIRST_NAME = Set.of("Albert", "Gemeente", "Politie", "Openbaar", "Sint",
            "Nieuwe", "Oude", "Grote", "Kleine", "Hoge", "Lage", "Noord", "Oost", "Zuid", "West", "Rode", "Veilig",
            "Het", "De", "Een", "Ik", "Wij", "We", "Ze", "Zij", "Hij", "Mijn", "Onze", "Bij", "In", "Op", "Als", "Maar",
            "Meld", "Wet", "Keurmerk", "Politiekeurmerk", "Bedrijvenpark", "Parkmanagement", "Facebookgroep", "Centrum",
            "Station", "Stichting", "Basisschool", "Sportpark", "Buurthuis", "Wijkraad", "Team", "Veiligheidsregio");
    private static final Set<String> NOT_A_SURNAME = Set.of("College", "School", "Plas", "Thuis", "Centrum", "Nu",
            "Misdaad", "Anoniem", "Bibob", "Veilig", "Wetering", "Landelijke", "Dorp", "Hoven", "Vaart", "Veld", "Park");

    /** A specific person by role or relation: "de wethouder", "zijn zwager", "de vrouw van de …". */
    private static final Pattern PERSON_BY_ROLE = Pattern.compile("(?i)\\b(?:(?:de|die|een|onze|deze|mijn|zijn|haar|hun)"
            + "\\s+(?:wethouder|burgemeester|raadslid|ambtenaar|handhaver|boa|wijkagent|agent|politieagent|directeur"
            + "|voorzitter|eigenaar|verhuurder|huisbaas|buurman|buurvrouw|leraar|docent|conciërge|beheerder|uitbater"
            + "|vrouw|man|echtgenote|echtgenoot|zoon|dochter|broer|zus|zwager|schoonzoon|neef)"
            + "|(?:vrouw|man|echtgenote|echtgenoot|zoon|dochter|broer|zus|zwager)\\s+van\\s+(?:de|het|een|onze|die))\\b");
    /** Words that turn a remark about a person into an accusation the council must not print. */
    private static final Pattern ACCUSATION = Pattern.compile("(?i)\\b(?:steelt|stal|gestolen|steelt|dealt|dealen"
            + "|fraude|fraudeert|corrupt\\w*|omgekocht|omkoping|smeergeld|steekpenning\\w*|witwas\\w*|zwart geld|liegt"
            + "|gelogen|mishandel\\w*|slaat|bedreigt|intimideert|expres|opzettelijk|vriendjespolitiek|voorgetrokken"
            + "|bevriend met|getrouwd met|treedt nooit op|misbruik\\w*|sjoemel\\w*|oplichter|licht\\s+\\w+\\s+op"
            + "|inbreekt|ingebroken|crimineel|criminele|louche|heling|onder één hoedje|meegestemd|winkelverbod"
            + "|laten liggen|laat\\s+(?:\\w+\\s+){0,4}liggen|kent\\s+(?:\\w+\\s+){0,3}van\\s+de)\\b");
    /** Abbreviations and initials whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mw", "mevr", "dhr", "hr", "nr", "st", "bijv", "ca", "o.a",
            "z.g", "zgn", "jl", "ir", "dr", "mr", "drs", "ing");

    private SuspectDetector() {
    }

    /**
     * The suggestions, ordered by start. Pieces of one kind-group never overlap; an accusation is a whole sentence
     * and may hold a name or an address that is suggested on its own as well.
     */
    public static List<Span> detect(String text) {
        List<Span> found = new ArrayList<>();
        add(found, text, EMAIL, 0, Kind.EMAIL);
        add(found, text, PHONE, 0, Kind.TELEFOON);
        add(found, text, PLATE, 0, Kind.KENTEKEN);
        add(found, text, ADDRESS, 0, Kind.ADRES);
        add(found, text, ADDRESS_AFTER_PREPOSITION, 1, Kind.ADRES);
        add(found, text, NAME_AFTER_TITLE, 1, Kind.NAAM);
        add(found, text, INITIALS, 0, Kind.NAAM);
        Matcher pair = TWO_CAPITALS.matcher(text);
        while (pair.find()) {
            String last = pair.group(2).substring(pair.group(2).lastIndexOf(' ') + 1);
            if (!atSentenceStart(text, pair.start()) && !NOT_A_FIRST_NAME.contains(pair.group(1))
                    && !NOT_A_SURNAME.contains(last) && !pair.group(2).matches(".*" + CLEAR_STREET_SUFFIX)) {
                found.add(new Span(pair.start(), pair.end(), Kind.NAAM, pair.group()));
            }
        }
        List<Span> pieces = withoutOverlaps(found);
        List<Span> all = new ArrayList<>(pieces);
        all.addAll(accusations(text, pieces));
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return List.copyOf(all);
    }

    private static void add(List<Span> found, String text, Pattern pattern, int group, Kind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int end = m.end(group);
            while (end > m.start(group) && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            found.add(new Span(m.start(group), end, kind, text.substring(m.start(group), end)));
        }
    }

    /** A sentence that names or points at one person and accuses them. */
    private static List<Span> accusations(String text, List<Span> pieces) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int end : sentenceEnds(text)) {
            int s = start;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            start = end;
            if (s >= end) {
                continue;
            }
            String sentence = text.substring(s, end);
            int from = s;
            boolean person = PERSON_BY_ROLE.matcher(sentence).find() || pieces.stream()
                    .anyMatch(p -> p.kind() == Kind.NAAM && p.start() >= from && p.end() <= end);
            if (person && ACCUSATION.matcher(sentence).find()) {
                sentences.add(new Span(s, end, Kind.BESCHULDIGING, sentence));
            }
        }
        return sentences;
    }

    /** Offsets just after each sentence's closing mark (and the end of the text). */
    private static List<Integer> sentenceEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean closes = (c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (closes && c == '.' && isAbbreviation(text, i)) {
                closes = false;
            }
            if (closes) {
                ends.add(i + 1);
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < text.length()) {
            ends.add(text.length());
        }
        return ends;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int i = dot - 1;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean atSentenceStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Earlier patterns are surer: a later piece that overlaps a kept one is dropped, except that a name running into
     * a kept address ("Jansen van de Dijkweg 12") is cut back to the words before it.
     */
    private static List<Span> withoutOverlaps(List<Span> found) {
        List<Span> kept = new ArrayList<>();
        for (Span span : found) {
            Span candidate = span;
            for (Span k : kept) {
                if (candidate != null && k.start() < candidate.end() && candidate.start() < k.end()) {
                    candidate = candidate.kind() == Kind.NAAM && candidate.start() < k.start() ? cutBefore(candidate, k.start()) : null;
                }
            }
            if (candidate != null) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static Span cutBefore(Span name, int limit) {
        String text = name.text().substring(0, limit - name.start())
                .replaceAll("(?:\\s+(?:van|de|der|den|het|ter|ten|aan|op|in|bij))*\\s*$", "");
        return text.isBlank() ? null : new Span(name.start(), name.start() + text.length(), Kind.NAAM, text);
    }
}
