package nl.inbreng.clustering;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dutch text normalisation for clustering: Lucene tokenising, lower-casing and ASCII folding, then the Snowball
 * Dutch stemmer per word. Not thread-safe (the stemmer keeps state); one instance per clustering run.
 */
final class DutchText {

    /**
     * Words that carry no topic in residents' Dutch. Lucene's Dutch stop list plus the filler words that made
     * Carrot2's labels useless ("staat", "graag") and words every input about safety shares.
     */
    static final Set<String> FILLER = Set.of(
            "mevrouw", "meneer", "man", "vrouw", "kende", "allemaal", "voordat", "moesten", "wilde", "schrok", "gezegd",
            "erop", "erbij", "erin", "eruit", "ervan", "erover", "zag", "fijn", "ineens", "soort", "waarom", "krijgt", "vraagt", "vragen", "gebeld",
            "bellen", "gemeld", "melden", "snap", "weg", "viel", "sindsdien", "heen", "deel", "naast", "vaste",
            "vast", "oude", "plan", "dorp", "wijk", "buurt", "straat", "stad", "vroeg", "sturen", "gewone",
            "staat", "graag", "gewoon", "erg", "echt", "heel", "wel", "niet", "meer", "veel", "vaak", "steeds",
            "elke", "elk", "iedereen", "niemand", "iets", "niks", "niets", "alles", "soms", "altijd", "nooit", "nou",
            "even", "ook", "nog", "al", "toch", "maar", "dus", "weer", "keer", "keren", "mensen", "mens", "gaat",
            "gaan", "ging", "komt", "komen", "kwam", "doen", "doet", "gedaan", "wordt", "worden", "werd", "zijn",
            "is", "was", "hebben", "heeft", "had", "kan", "kunnen", "moet", "moeten", "zou", "zouden", "willen",
            "wil", "wilt", "zie", "zien", "ziet", "zeggen", "zegt", "weet", "weten", "vind", "vinden", "denk",
            "denken", "lijkt", "laat", "laten", "krijg", "krijgen", "maken", "maakt", "goed", "goede", "beter",
            "groot", "grote", "klein", "kleine", "nieuwe", "nieuw", "paar", "jaar", "jaren", "tijd", "dag", "dagen",
            "week", "weken", "maand", "maanden", "uur", "avond", "avonds", "nacht", "middag", "ochtend", "ik", "wij",
            "we", "jij", "je", "u", "hij", "zij", "ze", "hun", "hen", "ons", "onze", "mijn", "mij", "me", "jullie",
            "hier", "daar", "er", "waar", "wanneer", "hoe", "wat", "wie", "welke", "deze", "dit", "dat", "die", "de",
            "het", "een", "en", "of", "want", "omdat", "als", "dan", "te", "tot", "om", "op", "in", "aan", "bij",
            "met", "voor", "van", "naar", "over", "door", "uit", "zonder", "tegen", "onder", "boven", "achter",
            "langs", "tussen", "sinds", "na", "via", "per", "zo", "zoals", "namelijk", "eigenlijk", "helemaal",
            "zeker", "misschien", "waarschijnlijk", "vooral", "behoorlijk", "best", "hele", "heleboel", "gemeente",
            "probleem", "problemen", "zorgen", "zorg", "aandacht", "aanpak", "aanpakken", "oplossing", "mogelijk",
            "manier", "gebied", "plek", "plekken", "situatie", "gevallen", "geval", "vaker", "minder", "eens",
            "zelf", "zelfs", "alleen", "andere", "ander", "anderen", "elkaar", "iemand", "ene", "twee", "drie",
            "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "half", "halve", "beetje", "ok", "oke", "hoor",
            "ja", "nee", "zit", "zitten", "zat", "staan", "stond", "sta", "ligt", "liggen", "lag", "heb", "hebt",
            "ben", "bent", "word", "gebeurt", "gebeurd", "gebeuren", "daarom", "daardoor", "hierdoor", "waardoor",
            "terwijl", "waarbij", "daarbij", "inmiddels", "huidige", "huidig", "kunt", "mag", "mogen", "zal",
            "zullen", "geen", "erger", "ergens", "overal", "nergens", "vanaf", "tijdens", "rond", "rondom", "binnen",
            "buiten", "richting", "etc", "enz", "bijvoorbeeld", "bv", "aantal", "sprake", "zoveel", "zeer", "enorm",
            "vreselijk", "ontzettend", "extra", "nodig", "snel", "lang", "langer", "ernstig", "laatste", "afgelopen",
            "vorige", "volgende", "wachten", "hopen", "hoop");

    /**
     * The frame of a report rather than its topic: how residents and call-centre staff open, close and hand on a
     * melding ("mevrouw belt dat…", "foto bijgevoegd", "graag terugkoppeling", "t.h.v. nr 12"). Without them, clusters
     * form around who called and how instead of what is wrong.
     */
    static final Set<String> REPORT_FRAME = Set.of(
            "belt", "belde", "melder", "melders", "meldt", "meldde", "melding", "meldingen", "meld", "teruggebeld",
            "terugbellen", "terugkoppeling", "terugkoppelen", "reactie", "bewoner", "bewoonster", "mw", "mevr", "mvr",
            "mnr", "dhr", "hr", "mijnheer", "hallo", "hoi", "goedemiddag", "goedemorgen", "goedenavond", "goedendag",
            "beste", "dank", "bedankt", "groet", "groeten", "vriendelijke", "svp", "aub", "alstublieft", "bvd", "ivm",
            "thv", "nr", "nummer", "huisnummer", "hoek", "foto", "fotos", "bijgevoegd", "bijlage", "actie", "oplossen",
            "opgelost", "alweer", "wederom", "info", "ter", "tel", "telefonisch", "doorgezet", "zsm", "asap",
            "spoedig", "verzoek", "verzoeke", "vriendelijk", "wil", "adres", "locatie", "bericht", "hierbij");

    private static final CharArraySet STOP = stopSet();

    private final DutchStemmer stemmer = new DutchStemmer();
    private final Map<String, String> stemCache = new HashMap<>();

    private static CharArraySet stopSet() {
        CharArraySet set = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        set.addAll(FILLER);
        set.addAll(REPORT_FRAME);
        return CharArraySet.unmodifiableSet(set);
    }

    // One reusable token stream: building a StandardTokenizer per text costs more than tokenising it.
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
    private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> known = new CharArrayMap<>(1024, false);

    /** Lower-cased, accent-folded word tokens in text order (stop words included, so phrases stay intact). */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            stream.reset();
            while (stream.incrementToken()) {
                // One String per distinct word: fewer allocations, and later map look-ups hit the cached hash.
                String word = known.get(term.buffer(), 0, term.length());
                if (word == null) {
                    word = term.toString();
                    known.put(word, word);
                }
                words.add(word);
            }
            stream.end();
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    static boolean isStop(String word) {
        return word.length() < 3 || STOP.contains(word) || Character.isDigit(word.charAt(0));
    }

    String stem(String word) {
        return stemCache.computeIfAbsent(word, w -> {
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }
}
