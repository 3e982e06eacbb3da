package nl.inbreng.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dutch text analysis for the inbox search and the theme suggestions.
 *
 * <p>The search index (ADR 0110) uses {@link #documentAnalyzer()}: words, lowercase, no accents, no "'s" ending,
 * compounds split into known words only when they cover the whole word ({@link CompoundSplitter}), Dutch Snowball
 * stems. What the werkgroep types goes through {@link #expansion()}, which adds the concept groups of concepts.txt
 * and the parts of compounds, with lower weights than the words themselves.
 *
 * <p>The theme suggestions keep their own, older chains ({@link #indexAnalyzer()}, {@link #queryAnalyzer()},
 * {@link #plainAnalyzer()}): dictionary decompounding on substrings and the synonyms of synonyms.txt.
 */
public final class DutchAnalysis {

    /** Shorter parts are too often accidental substrings ("dief" in "diefstal" is fine, "in" in "inbraak" is not). */
    private static final int MIN_PART = 4;

    private final CharArraySet compoundParts;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer plainAnalyzer;
    private final CompoundSplitter splitter;
    private final Analyzer surfaceAnalyzer = new SearchChain(null, false);
    private final Analyzer stemAnalyzer = new SearchChain(null, true);
    private final Analyzer documentAnalyzer;
    private final QueryExpansion expansion;

    private DutchAnalysis(CharArraySet compoundParts, SynonymMap synonyms, CompoundSplitter splitter) {
        this.compoundParts = compoundParts;
        this.synonyms = synonyms;
        this.indexAnalyzer = new Chain(true, false);
        this.queryAnalyzer = new Chain(false, true);
        this.plainAnalyzer = new Chain(false, false);
        this.splitter = splitter;
        this.documentAnalyzer = new SearchChain(splitter, true);
        this.expansion = new QueryExpansion(this, Concepts.parse(resourceText("concepts.txt"), this::stems));
    }

    /** Builds the analysis from the built-in domain word list plus the given words (theme example words). */
    public static DutchAnalysis withExtraWords(Collection<String> extraWords) {
        Set<String> parts = new TreeSet<>();
        Set<String> atomic = new HashSet<>();
        Set<String> splitParts = new HashSet<>();
        for (String line : resourceText("compound-words.txt").split("\n")) {
            addPart(parts, line);
            addWords(atomic, line);
        }
        for (String line : resourceText("lexicon.txt").split("\n")) {
            addWords(atomic, line);
        }
        splitParts.addAll(atomic);
        Set<String> moreParts = new HashSet<>();
        for (String phrase : extraWords) {
            for (String word : phrase.split("[^\\p{L}]+")) {
                addPart(parts, word);
            }
            addWords(moreParts, phrase);
        }
        for (String line : resourceText("concepts.txt").split("\n")) {
            addWords(moreParts, line);
        }
        // Short words from phrases are mostly abbreviations and prepositions ("omg", "uit"): no parts for strangers.
        CharArraySet stopWords = DutchAnalyzer.getDefaultStopSet();
        moreParts.removeIf(word -> word.length() < MIN_PART || stopWords.contains(word));
        splitParts.addAll(moreParts);
        return new DutchAnalysis(new CharArraySet(parts, false), loadSynonyms(), new CompoundSplitter(splitParts, atomic));
    }

    /** Adds every word of a resource line (not a comment) that can be a compound part, lowercase and folded. */
    private static void addWords(Set<String> words, String line) {
        if (line.strip().startsWith("#")) {
            return;
        }
        // "ehbo'ers" is one word: what follows an apostrophe is an ending, not a word.
        for (String raw : line.replaceAll("'\\p{L}+", "").split("[^\\p{L}]+")) {
            String word = foldAccents(raw.toLowerCase(Locale.ROOT));
            if (word.length() >= CompoundSplitter.MIN_PART) {
                words.add(word);
            }
        }
    }

    /** For the search index: words, folded, compounds split into whole known words, stemmed. */
    Analyzer documentAnalyzer() {
        return documentAnalyzer;
    }

    /** The document chain without compound parts: for queries written with search operators. */
    Analyzer documentAnalyzerWithoutParts() {
        return stemAnalyzer;
    }

    /** Builds the Lucene query for what the werkgroep types. */
    QueryExpansion expansion() {
        return expansion;
    }

    CompoundSplitter splitter() {
        return splitter;
    }

    /** The words of a text as the search index writes them before stemming: lowercase, folded, without "'s". */
    List<String> surfaceWords(String text) {
        return tokens(surfaceAnalyzer, text);
    }

    /** The stems of a text's words, in order, without compound parts. */
    List<String> stems(String text) {
        return tokens(stemAnalyzer, text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexedSubmission.PROBLEM, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    out.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lowercase, decompound, stem: for documents. */
    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** Lowercase, synonyms, stem: for what the werkgroep types. */
    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Lowercase and stem only: for typo-tolerant fallback terms and for classification features. */
    public Analyzer plainAnalyzer() {
        return plainAnalyzer;
    }

    int compoundPartCount() {
        return compoundParts.size();
    }

    private static void addPart(Set<String> parts, String raw) {
        String word = raw.strip().toLowerCase(Locale.ROOT);
        if (word.length() >= MIN_PART && !word.startsWith("#") && word.chars().allMatch(Character::isLetter)) {
            parts.add(foldAccents(word));
        }
    }

    private static String foldAccents(String word) {
        char[] out = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, length);
    }

    private static SynonymMap loadSynonyms() {
        // Synonym entries are normalised like query words just before stemming.
        Analyzer normaliser = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        try (normaliser; Reader reader = new StringReader(resourceText("synonyms.txt"))) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, normaliser);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Broken synonyms.txt at line " + e.getErrorOffset(), e);
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = DutchAnalysis.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing search resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search chain: with a splitter it is the document chain, without one the query-word chain. */
    private static final class SearchChain extends Analyzer {

        private final CompoundSplitter splitter;
        private final boolean stem;

        SearchChain(CompoundSplitter splitter, boolean stem) {
            this.splitter = splitter;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            // "camera's" and "camera" are one word; the apostrophe filter drops the "'s".
            TokenStream stream = new ApostropheFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            if (splitter != null) {
                stream = new CompoundSplitFilter(stream, splitter);
            }
            return new TokenStreamComponents(source, stem ? new SnowballFilter(stream, new DutchStemmer()) : stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private final class Chain extends Analyzer {

        private final boolean decompound;
        private final boolean expandSynonyms;

        Chain(boolean decompound, boolean expandSynonyms) {
            this.decompound = decompound;
            this.expandSynonyms = expandSynonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            if (decompound) {
                stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, 6, MIN_PART, 20, false);
            }
            if (expandSynonyms) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, new SnowballFilter(stream, new DutchStemmer()));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
