package nl.inbreng.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what the werkgroep types into a Lucene query that finds residents' own words (ADR 0110). Every content word
 * (or known phrase such as "te hard" or "in de war") must match in problem or solution, through any of:
 * <ul>
 *   <li>the word itself (weight 1);</li>
 *   <li>the other members of its concept groups ({@link #SIBLING}): "diefstal" also finds "gestolen" and "gejat";</li>
 *   <li>for a compound, all of its parts, each again with its concept groups ({@link #PARTS}): "hardrijders" finds
 *       "te hard gereden", "fietsendiefstal" finds "fiets gejat"; likewise all words of a known phrase, in any order
 *       and distance.</li>
 * </ul>
 * Documents carry the parts of their own compounds (the document analyzer splits them), so "poep van honden" finds
 * "hondenpoep". Stop words drop out; words that every input is about ("overlast", "probleem", "gevaarlijk") only
 * rank. Text with search operators (quotes, |, *, ~, a leading - or +) goes to Lucene's SimpleQueryParser instead.
 */
final class QueryExpansion {

    static final float SIBLING = 0.6f;
    static final float PARTS = 0.5f;
    /** Words close enough for a phrase member: "te hard gereden" still matches "te hard rijden". */
    private static final int PHRASE_SLOP = 2;
    /** Lucene refuses queries of more than 1,024 clauses; expansions stop well before that. */
    private static final int CLAUSE_BUDGET = 700;
    private static final Map<String, Float> FIELDS = Map.of(IndexedSubmission.PROBLEM, 2f, IndexedSubmission.SOLUTION, 1f);
    private static final Pattern OPERATORS = Pattern.compile("[\"*|~]|(^|\\s)[-+]\\S");
    private static final Set<String> EXTRA_STOP_WORDS = Set.of("rond", "erg", "heel", "echt", "steeds", "weer", "elke",
            "elk", "vaak", "graag", "gewoon", "wel", "z'n", "zn", "mn", "m'n", "s");
    private static final Set<String> SOFT_WORDS = Set.of("overlast", "hinder", "probleem", "problemen", "last",
            "gevaarlijk", "gevaarlijke", "gevaar", "veilig", "veilige", "klacht", "klachten", "melding", "meldingen",
            "zorgen", "personen", "persoon", "mensen", "gebruik", "bezit", "situatie", "online");

    private final DutchAnalysis analysis;
    private final Concepts concepts;
    private final CharArraySet stopWords;

    QueryExpansion(DutchAnalysis analysis, Concepts concepts) {
        this.analysis = analysis;
        this.concepts = concepts;
        this.stopWords = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        this.stopWords.addAll(EXTRA_STOP_WORDS);
    }

    /** The query for the text, or null when it holds no words. */
    Query build(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (OPERATORS.matcher(text).find()) {
            SimpleQueryParser parser = new SimpleQueryParser(analysis.documentAnalyzerWithoutParts(), FIELDS);
            parser.setDefaultOperator(Occur.MUST);
            return parser.parse(text);
        }
        List<Unit> units = units(analysis.surfaceWords(text));
        List<Unit> content = units.stream().filter(u -> !u.stop()).toList();
        if (content.isEmpty()) {
            content = units;
        }
        boolean anyHard = content.stream().anyMatch(u -> !u.soft());
        if (content.isEmpty()) {
            return null;
        }
        int[] budget = {CLAUSE_BUDGET};
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Unit unit : content) {
            all.add(clause(unit, budget), unit.soft() && anyHard ? Occur.SHOULD : Occur.MUST);
        }
        return all.build();
    }

    /** Splits the words into units: known phrases first (longest wins), else single words. */
    private List<Unit> units(List<String> words) {
        List<String> stems = words.stream().map(this::stem).toList();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = 1;
            for (int n = Math.min(Concepts.MAX_PHRASE, words.size() - i); n >= 2; n--) {
                if (concepts.contains(stems.subList(i, i + n))) {
                    length = n;
                    break;
                }
            }
            String surface = String.join(" ", words.subList(i, i + length));
            boolean stop = length == 1 && stopWords.contains(surface);
            boolean soft = length == 1 && SOFT_WORDS.contains(surface);
            units.add(new Unit(surface, List.copyOf(stems.subList(i, i + length)), stop, soft));
            i += length;
        }
        return units;
    }

    private Query clause(Unit unit, int[] budget) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(inFields(unit.stems(), budget), Occur.SHOULD);
        addSiblings(any, unit.stems(), budget);
        if (unit.stems().size() > 1 && budget[0] > 0) {
            // A known phrase may also be said in other words and order: "fietsen zijn 's nachts gestolen".
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String word : unit.surface().split(" ")) {
                if (stopWords.contains(word) || SOFT_WORDS.contains(word)) {
                    continue;
                }
                List<String> wordStem = List.of(stem(word));
                BooleanQuery.Builder wordAny = new BooleanQuery.Builder();
                wordAny.add(inFields(wordStem, budget), Occur.SHOULD);
                addSiblings(wordAny, wordStem, budget);
                words.add(wordAny.build(), Occur.MUST);
            }
            BooleanQuery wordsQuery = words.build();
            if (!wordsQuery.clauses().isEmpty()) {
                any.add(new BoostQuery(wordsQuery, PARTS), Occur.SHOULD);
            }
        }
        if (unit.stems().size() == 1) {
            List<String> parts = analysis.splitter().splitWords(unit.surface());
            if (parts.size() >= 2 && budget[0] > 0) {
                BooleanQuery.Builder together = new BooleanQuery.Builder();
                boolean anyHardPart = parts.stream().anyMatch(p -> !SOFT_WORDS.contains(p) && !stopWords.contains(p));
                for (String part : parts) {
                    List<String> partStem = List.of(stem(part));
                    BooleanQuery.Builder partAny = new BooleanQuery.Builder();
                    partAny.add(inFields(partStem, budget), Occur.SHOULD);
                    addSiblings(partAny, partStem, budget);
                    boolean optional = anyHardPart && (SOFT_WORDS.contains(part) || stopWords.contains(part));
                    together.add(partAny.build(), optional ? Occur.SHOULD : Occur.MUST);
                }
                any.add(new BoostQuery(together.build(), PARTS), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private void addSiblings(BooleanQuery.Builder any, List<String> stems, int[] budget) {
        for (List<String> sibling : concepts.siblingsOf(stems)) {
            if (budget[0] <= 0) {
                return;
            }
            any.add(new BoostQuery(inFields(sibling, budget), SIBLING), Occur.SHOULD);
        }
    }

    /** The word or phrase in problem (weight 2) or solution (weight 1). */
    private static Query inFields(List<String> stems, int[] budget) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Query single;
            if (stems.size() == 1) {
                single = new TermQuery(new Term(field.getKey(), stems.get(0)));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
                for (String stem : stems) {
                    phrase.add(new Term(field.getKey(), stem));
                }
                single = phrase.build();
            }
            either.add(field.getValue() == 1f ? single : new BoostQuery(single, field.getValue()), Occur.SHOULD);
            budget[0]--;
        }
        return either.build();
    }

    private String stem(String word) {
        List<String> stems = analysis.stems(word);
        return stems.isEmpty() ? word : stems.get(0);
    }

    private record Unit(String surface, List<String> stems, boolean stop, boolean soft) {
    }
}
