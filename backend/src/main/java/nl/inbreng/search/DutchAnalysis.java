package nl.inbreng.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dutch text analysis for the inbox search and the theme suggestions. Index side: words, lowercase, no accents,
 * compound parts from a domain dictionary ("hangjongeren" also yields "hang" and "jongeren"), Dutch Snowball stems.
 * Query side: the same without decompounding (a search for a compound should stay precise) but with domain synonyms.
 */
public final class DutchAnalysis {

    /** Shorter parts are too often accidental substrings ("dief" in "diefstal" is fine, "in" in "inbraak" is not). */
    private static final int MIN_PART = 4;

    private final CharArraySet compoundParts;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer plainAnalyzer;

    private DutchAnalysis(CharArraySet compoundParts, SynonymMap synonyms) {
        this.compoundParts = compoundParts;
        this.synonyms = synonyms;
        this.indexAnalyzer = new Chain(true, false);
        this.queryAnalyzer = new Chain(false, true);
        this.plainAnalyzer = new Chain(false, false);
    }

    /** Builds the analysis from the built-in domain word list plus the given words (theme example words). */
    public static DutchAnalysis withExtraWords(Collection<String> extraWords) {
        Set<String> parts = new TreeSet<>();
        for (String line : resourceText("compound-words.txt").split("\n")) {
            addPart(parts, line);
        }
        for (String phrase : extraWords) {
            for (String word : phrase.split("[^\\p{L}]+")) {
                addPart(parts, word);
            }
        }
        return new DutchAnalysis(new CharArraySet(parts, false), loadSynonyms());
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
