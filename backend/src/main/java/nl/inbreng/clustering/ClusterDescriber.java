package nl.inbreng.clustering;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a cluster in words a civil servant would use.
 *
 * <ul>
 *   <li>Phrases: word sequences of one to four words that residents actually wrote (their surface form, not
 *       stems), starting and ending with a content word, scored by how many members contain their content words and
 *       how much more often than in all inputs (a KL-style lift), longer phrases preferred when they are frequent.</li>
 *   <li>Phrases come only from inputs that may be quoted; inputs with open suspected personal data still count in
 *       the shares.</li>
 *   <li>Label: the best phrase. Two phrases are joined with "en" only when each is in at least a fifth of the
 *       members and they occur together in the same inputs; stop and filler words never form a label; no two
 *       clusters of one run carry the same label ({@link #distinctLabels}).</li>
 *   <li>Summary: sentences written from counts, phrases and one central quote, each pointing at the inputs it
 *       speaks about; quotes come only from inputs without unreviewed suspected personal data.</li>
 * </ul>
 */
final class ClusterDescriber {

    private static final int KEY_PHRASES = 6;
    private static final int REPRESENTATIVES = 3;
    private static final int MAX_PHRASE = 4;
    private static final int CANDIDATES = 300;
    /** Both sides of a label joined with "en" must be in at least this share of the members. */
    static final double JOIN_COVERAGE = 0.2;
    /** ...and occur together in at least this share of the members that hold either. */
    static final double JOIN_TOGETHER = 0.25;
    private static final double EXTEND_SHARE = 0.4;
    private static final double EXTEND_WRITTEN = 0.2;
    private static final int MAX_QUOTE = 160;
    private static final int NEARLY_SAME_REPORTED = 3;
    /** A longer label must be written out in at least this many inputs, whatever the cluster's size. */
    private static final int EXTEND_MIN_WRITTEN = 3;
    /** From this cluster size on, a key phrase must occur in at least two inputs. */
    private static final int KEY_PHRASE_TWICE_FROM = 6;
    /** Key phrases besides the main one that the summary names. */
    private static final int OTHER_PHRASES_NAMED = 3;
    /** The example comes from the most central fifth of the cluster, but from at least this many inputs. */
    private static final int MIN_CENTRAL = 5;
    private static final int CENTRAL_SHARE_DIVISOR = 5;
    /** A quote or summary sentence needs at least this many words to say something. */
    private static final int MIN_SENTENCE_WORDS = 3;

    private static final Pattern CHUNK = Pattern.compile("[.!?;:,()\\[\\]\"\\n\u201c\u201d]+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n+\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Vocabulary vocabulary;
    private final SparseVector[] docs;
    private final List<ClusterInput> inputs;
    private final List<DuplicateGroup> duplicates;
    /** Per input: its word chunks (split at punctuation), each a list of tokens. */
    private final Token[][][] chunks;
    /** Per stem: the inputs (ascending) that contain it, over all inputs of the run, for the lift. */
    private final Map<String, int[]> postings;
    private final Map<String, String> stems = new HashMap<>();
    private final Map<TextCluster, List<String>> alternatives = new IdentityHashMap<>();

    /** A word as written (lower case) with its stem; {@code content} false for stop and filler words. */
    record Token(String surface, String stem, boolean content) {
    }

    /** A candidate phrase: its most common surface, its content stems, how many members hold them, its score. */
    record Phrase(String surface, List<String> contentStems, int written, int members, double coverage,
                  double score) {
    }

    ClusterDescriber(Vocabulary vocabulary, SparseVector[] docs, List<ClusterInput> inputs) {
        this(vocabulary, docs, inputs, List.of());
    }

    ClusterDescriber(Vocabulary vocabulary, SparseVector[] docs, List<ClusterInput> inputs,
                     List<DuplicateGroup> duplicates) {
        this.vocabulary = vocabulary;
        this.docs = docs;
        this.inputs = inputs;
        this.duplicates = duplicates;
        this.chunks = new Token[inputs.size()][][];
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int d = 0; d < inputs.size(); d++) {
            chunks[d] = tokenise(inputs.get(d).text());
            Set<String> seen = new HashSet<>();
            for (Token[] chunk : chunks[d]) {
                for (Token token : chunk) {
                    if (token.content() && seen.add(token.stem())) {
                        lists.computeIfAbsent(token.stem(), s -> new ArrayList<>()).add(d);
                    }
                }
            }
        }
        postings = new HashMap<>(lists.size() * 2);
        lists.forEach((stem, list) -> postings.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    TextCluster describe(List<Integer> members, float[] centroid, boolean overig, String themeCode) {
        // One similarity per member, not one per comparison of the sort.
        Map<Integer, Double> closeness = new HashMap<>(members.size() * 2);
        for (int d : members) {
            closeness.put(d, docs[d].dot(centroid));
        }
        List<Integer> byCloseness = new ArrayList<>(members);
        byCloseness.sort(Comparator.comparingDouble((Integer d) -> -closeness.get(d)).thenComparing(d -> d));
        List<Phrase> ranked = phrases(members);
        List<Phrase> keyPhrases = distinctPhrases(ranked, KEY_PHRASES);
        List<String> labels = overig ? List.of(ClusteringTexts.OVERIG) : labels(ranked, members);
        List<Long> memberIds = members.stream().map(d -> inputs.get(d).id()).sorted().toList();
        List<Long> representatives = byCloseness.stream().limit(REPRESENTATIVES).map(d -> inputs.get(d).id()).toList();
        Phrase main = overig || keyPhrases.isEmpty() ? null : keyPhrases.get(0);
        List<SummarySentence> summary = summarise(members, byCloseness, centroid, keyPhrases, main, overig);
        TextCluster cluster = new TextCluster(labels.get(0), keyPhrases.stream().map(Phrase::surface).toList(),
                memberIds, representatives, summary, overig, themeCode);
        alternatives.put(cluster, labels);
        return cluster;
    }

    /**
     * Gives every cluster of one run its own label: a later (smaller) cluster whose label is taken gets its next
     * best label, or its label with its most distinctive other phrase in brackets.
     */
    List<TextCluster> distinctLabels(List<TextCluster> clusters) {
        Set<String> used = new HashSet<>();
        List<TextCluster> out = new ArrayList<>();
        for (TextCluster cluster : clusters) {
            String label = cluster.label();
            if (!used.add(key(label))) {
                label = null;
                for (String alternative : alternatives.getOrDefault(cluster, List.of())) {
                    if (!used.contains(key(alternative))) {
                        label = alternative;
                        break;
                    }
                }
                for (int i = 1; label == null && i < cluster.keyPhrases().size(); i++) {
                    String candidate = cluster.label() + " (" + cluster.keyPhrases().get(i) + ")";
                    label = used.contains(key(candidate)) ? null : candidate;
                }
                for (int n = 2; label == null; n++) {
                    String candidate = cluster.label() + " " + n;
                    label = used.contains(key(candidate)) ? null : candidate;
                }
                used.add(key(label));
            }
            out.add(label.equals(cluster.label()) ? cluster : new TextCluster(label, cluster.keyPhrases(),
                    cluster.memberIds(), cluster.representativeIds(), cluster.summary(), cluster.overig(),
                    cluster.themeCode()));
        }
        return out;
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT).strip();
    }

    /** The label first, then further labels to fall back on when another cluster already carries it. */
    private List<String> labels(List<Phrase> ranked, List<Integer> members) {
        List<Phrase> candidates = distinctPhrases(ranked, KEY_PHRASES);
        if (candidates.isEmpty()) {
            return List.of(ClusteringTexts.NO_LABEL);
        }
        List<String> labels = new ArrayList<>();
        Phrase first = extended(candidates.get(0), ranked);
        for (Phrase second : candidates.subList(1, candidates.size())) {
            if (joinable(first, second, members)) {
                labels.add(capitalise(ClusteringTexts.joinLabel(first.surface(), second.surface())));
                break;
            }
        }
        for (Phrase phrase : candidates) {
            labels.add(capitalise(phrase.surface()));
        }
        return List.copyOf(new LinkedHashSet<>(labels));
    }

    /**
     * A longer phrase residents often wrote around the best one ("auto's op de stoep" around "auto's"), when most
     * members holding the best one also hold the longer one's words; otherwise the best one itself.
     */
    private static Phrase extended(Phrase best, List<Phrase> ranked) {
        Phrase longer = best;
        for (Phrase phrase : ranked) {
            if (phrase.contentStems().size() > best.contentStems().size()
                    && phrase.contentStems().containsAll(best.contentStems())
                    && phrase.members() >= EXTEND_SHARE * best.members()
                    && phrase.written() >= Math.max(EXTEND_MIN_WRITTEN, EXTEND_WRITTEN * best.members())
                    && phrase.written() > (longer == best ? 0 : longer.written())) {
                longer = phrase;
            }
        }
        return longer;
    }

    /**
     * Two phrases may share a label only when both are frequent in the cluster and they go together: the members
     * holding both are a fair share of those holding either. "Auto en gestolen" from two unrelated halves of a
     * cluster fails this; "Vuurwerk en jeugdoverlast" in the same reports passes.
     */
    boolean joinable(Phrase first, Phrase second, List<Integer> members) {
        if (first.coverage() < JOIN_COVERAGE || second.coverage() < JOIN_COVERAGE
                || overlaps(first.contentStems(), second.contentStems())
                || first.surface().split(" ").length + second.surface().split(" ").length > 5) {
            return false;
        }
        int both = 0;
        int either = 0;
        for (int d : members) {
            boolean a = holds(d, first.contentStems());
            boolean b = holds(d, second.contentStems());
            both += a && b ? 1 : 0;
            either += a || b ? 1 : 0;
        }
        return either > 0 && (double) both / either >= JOIN_TOGETHER;
    }

    private static boolean overlaps(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.startsWith(y) || y.startsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean holds(int d, List<String> contentStems) {
        for (String stem : contentStems) {
            int[] list = postings.get(stem);
            if (list == null || java.util.Arrays.binarySearch(list, d) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The best phrases, skipping any whose content words are already covered by a better one (or cover it). */
    private static List<Phrase> distinctPhrases(List<Phrase> ranked, int limit) {
        List<Phrase> chosen = new ArrayList<>();
        for (Phrase phrase : ranked) {
            boolean covered = false;
            for (Phrase other : chosen) {
                if (other.contentStems().containsAll(phrase.contentStems())
                        || phrase.contentStems().containsAll(other.contentStems())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                chosen.add(phrase);
                if (chosen.size() == limit) {
                    break;
                }
            }
        }
        return chosen;
    }

    /** Every candidate phrase of the members, best first. */
    List<Phrase> phrases(List<Integer> members) {
        int size = members.size();
        // Per phrase key (stems of content words, stop words as written): members holding it, and surface counts.
        Map<String, int[]> phraseMembers = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        Map<String, List<String>> keyStems = new HashMap<>();
        for (int d : members) {
            // Phrases are shown word for word (labels, key phrases, summaries), so they come only from inputs that
            // may be quoted: a street name next to a house number in an unreviewed input must not become a label.
            if (!inputs.get(d).quotable()) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Token[] chunk : chunks[d]) {
                for (int start = 0; start < chunk.length; start++) {
                    if (!chunk[start].content()) {
                        continue;
                    }
                    StringBuilder key = new StringBuilder();
                    StringBuilder surface = new StringBuilder();
                    List<String> content = new ArrayList<>();
                    for (int end = start; end < chunk.length && end < start + MAX_PHRASE; end++) {
                        Token token = chunk[end];
                        if (end > start) {
                            key.append(' ');
                            surface.append(' ');
                        }
                        key.append(token.content() ? token.stem() : token.surface());
                        surface.append(token.surface());
                        if (token.content()) {
                            content.add(token.stem());
                            String k = key.toString();
                            if (seen.add(k)) {
                                phraseMembers.computeIfAbsent(k, x -> new int[1])[0]++;
                                keyStems.putIfAbsent(k, List.copyOf(new LinkedHashSet<>(content)));
                            }
                            surfaces.computeIfAbsent(k, x -> new HashMap<>()).merge(surface.toString(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        int minCount = size >= KEY_PHRASE_TWICE_FROM ? 2 : 1;
        List<String> keys = new ArrayList<>();
        phraseMembers.forEach((k, count) -> {
            if (count[0] >= minCount) {
                keys.add(k);
            }
        });
        keys.sort(Comparator.comparingInt((String k) -> -phraseMembers.get(k)[0]).thenComparing(k -> k));
        List<String> limited = keys.subList(0, Math.min(CANDIDATES, keys.size()));
        // Members per content stem, for the share holding all content words of a phrase.
        Map<String, BitSet> holding = new HashMap<>();
        for (String k : limited) {
            for (String stem : keyStems.get(k)) {
                holding.computeIfAbsent(stem, s -> {
                    BitSet bits = new BitSet(size);
                    for (int i = 0; i < size; i++) {
                        if (holds(members.get(i), List.of(s))) {
                            bits.set(i);
                        }
                    }
                    return bits;
                });
            }
        }
        int total = inputs.size();
        List<Phrase> phrases = new ArrayList<>();
        for (String k : limited) {
            List<String> content = keyStems.get(k);
            BitSet all = (BitSet) holding.get(content.get(0)).clone();
            for (String stem : content.subList(1, content.size())) {
                all.and(holding.get(stem));
            }
            int inside = all.cardinality();
            double coverage = (double) inside / size;
            // Lift against the inputs outside the cluster (smoothed); a cluster that is the whole run has no outside,
            // so there only the share counts.
            int rest = total - size;
            double outside = rest <= 0 ? 0 : (together(content) - inside + 0.5) / (rest + 1.0);
            if (inside == 0 || rest > 0 && coverage <= outside) {
                continue;
            }
            double lift = rest <= 0 ? 1 : Math.log(coverage / outside);
            int words = k.split(" ").length;
            // A longer phrase says more, but only counts as one when residents wrote it often enough.
            double frequentShare = (double) phraseMembers.get(k)[0] / Math.max(1, inside);
            double lengthBonus = words == 1 ? 1 : 1 + 0.2 * (words - 1) * Math.min(1, 2 * frequentShare);
            double score = coverage * lift * lengthBonus;
            phrases.add(new Phrase(mostCommon(surfaces.get(k)), content, phraseMembers.get(k)[0], inside, coverage,
                    score));
        }
        phrases.sort(Comparator.comparingDouble((Phrase p) -> -p.score()).thenComparing(Phrase::surface));
        return phrases;
    }

    /** How many inputs of the whole run hold all the stems. */
    private int together(List<String> contentStems) {
        int[] common = postings.getOrDefault(contentStems.get(0), new int[0]);
        for (String stem : contentStems.subList(1, contentStems.size())) {
            common = intersect(common, postings.getOrDefault(stem, new int[0]));
        }
        return common.length;
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static String mostCommon(Map<String, Integer> forms) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> form : forms.entrySet()) {
            if (form.getValue() > bestCount || form.getValue() == bestCount && form.getKey().compareTo(best) < 0) {
                best = form.getKey();
                bestCount = form.getValue();
            }
        }
        return best;
    }

    private List<SummarySentence> summarise(List<Integer> members, List<Integer> byCloseness, float[] centroid,
                                            List<Phrase> keyPhrases, Phrase main, boolean overig) {
        int size = members.size();
        List<Long> all = ids(members);
        List<Integer> group = largestDuplicateGroup(members);
        int nearlySame = group.size() >= NEARLY_SAME_REPORTED ? group.size() : 0;
        List<SummarySentence> summary = new ArrayList<>();
        if (overig) {
            summary.add(new SummarySentence(ClusteringTexts.overig(size), all));
        } else if (main != null) {
            List<Integer> holding = members.stream().filter(d -> holds(d, main.contentStems())).toList();
            summary.add(new SummarySentence(ClusteringTexts.mainPoint(size, nearlySame,
                    main.surface(), holding.size()), ids(holding)));
        } else {
            summary.add(new SummarySentence(ClusteringTexts.opening(size, nearlySame) + ".", all));
        }
        if (nearlySame > 0) {
            Quote quote = quote(group, centroid, null);
            summary.add(new SummarySentence(ClusteringTexts.nearlySame(nearlySame, quote == null ? null : quote.text),
                    ids(group)));
        }
        List<Phrase> others = keyPhrases.stream().filter(p -> p != main).limit(OTHER_PHRASES_NAMED).toList();
        if (!others.isEmpty()) {
            Set<Integer> mentioning = new java.util.TreeSet<>();
            List<String> parts = new ArrayList<>();
            for (Phrase phrase : others) {
                List<Integer> holding = members.stream().filter(d -> holds(d, phrase.contentStems())).toList();
                mentioning.addAll(holding);
                parts.add(ClusteringTexts.counted(phrase.surface(), holding.size()));
            }
            summary.add(new SummarySentence(ClusteringTexts.alsoMentioned(parts), ids(List.copyOf(mentioning))));
        }
        if (!overig) {
            // The example comes from the most central fifth and names the main point, so it is typical.
            int central = Math.max(MIN_CENTRAL, byCloseness.size() / CENTRAL_SHARE_DIVISOR);
            Quote quote = quote(byCloseness.subList(0, Math.min(central, byCloseness.size())), centroid, main);
            if (quote != null && (nearlySame == 0 || !group.contains(quote.source))) {
                summary.add(new SummarySentence(ClusteringTexts.example(quote.text), ids(quote.sources(members))));
            }
        }
        return summary;
    }

    private List<Long> ids(List<Integer> indexes) {
        return indexes.stream().map(d -> inputs.get(d).id()).sorted().toList();
    }

    /** The biggest near-duplicate group within the members, as member indexes. */
    private List<Integer> largestDuplicateGroup(List<Integer> members) {
        if (duplicates.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int d : members) {
            index.put(inputs.get(d).id(), d);
        }
        List<Integer> best = List.of();
        for (DuplicateGroup group : duplicates) {
            List<Integer> inside = new ArrayList<>();
            for (long id : group.memberIds()) {
                Integer d = index.get(id);
                if (d != null) {
                    inside.add(d);
                }
            }
            if (inside.size() > best.size()) {
                best = inside;
            }
        }
        return best;
    }

    /** A quoted sentence and the input it comes from. */
    private final class Quote {
        final int source;
        final String text;

        Quote(int source, String text) {
            this.source = source;
            this.text = text;
        }

        /** The input quoted and every member that holds the same sentence. */
        List<Integer> sources(List<Integer> members) {
            String normalised = normalise(text);
            List<Integer> out = new ArrayList<>();
            for (int d : members) {
                if (d == source || normalise(inputs.get(d).text()).contains(normalised)) {
                    out.add(d);
                }
            }
            return out;
        }
    }

    /**
     * The first candidate (in the given order) that may be quoted and, if a phrase is given, holds its content
     * words; its sentence closest to the centre, shortened at a word boundary.
     */
    private Quote quote(List<Integer> candidates, float[] centroid, Phrase phrase) {
        for (int d : candidates) {
            ClusterInput input = inputs.get(d);
            if (!input.quotable() || phrase != null && !holds(d, phrase.contentStems())) {
                continue;
            }
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (String sentence : sentences(input.text())) {
                double score = vocabulary.vectorise(sentence).dot(centroid);
                if (score > bestScore) {
                    bestScore = score;
                    best = sentence;
                }
            }
            if (best == null) {
                best = WHITESPACE.matcher(input.text().strip()).replaceAll(" ");
            }
            if (WHITESPACE.split(best.strip()).length >= MIN_SENTENCE_WORDS) {
                return new Quote(d, shorten(best));
            }
        }
        return null;
    }

    private static String shorten(String sentence) {
        String text = WHITESPACE.matcher(sentence.strip()).replaceAll(" ");
        if (text.length() <= MAX_QUOTE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUOTE);
        return text.substring(0, cut > 0 ? cut : MAX_QUOTE) + " \u2026";
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String sentence = part.strip();
            if (WHITESPACE.split(sentence).length >= MIN_SENTENCE_WORDS) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static String normalise(String sentence) {
        return WHITESPACE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").replace(" \u2026", "");
    }

    /** Words per chunk between punctuation, lower case as written, each with its stem and content flag. */
    private Token[][] tokenise(String text) {
        List<Token[]> out = new ArrayList<>();
        for (String chunk : CHUNK.split(text.toLowerCase(Locale.ROOT))) {
            List<Token> tokens = new ArrayList<>();
            Matcher matcher = TOKEN.matcher(chunk);
            while (matcher.find()) {
                String surface = matcher.group();
                // "auto's" is the plural of "auto": the stemmer only knows plurals without the apostrophe's s.
                String bare = surface.endsWith("'s") || surface.endsWith("\u2019s")
                        ? surface.substring(0, surface.length() - 2) : surface;
                String folded = MARKS.matcher(Normalizer.normalize(bare, Normalizer.Form.NFD)).replaceAll("")
                        .replace("'", "").replace("\u2019", "");
                boolean content = !DutchText.isStop(folded) && !DutchText.isStop(surface);
                String stem = content ? stems.computeIfAbsent(folded, vocabulary::stem) : folded;
                tokens.add(new Token(surface, stem, content));
            }
            if (!tokens.isEmpty()) {
                out.add(tokens.toArray(Token[]::new));
            }
        }
        return out.toArray(Token[][]::new);
    }
}
