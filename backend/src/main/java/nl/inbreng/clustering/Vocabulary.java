package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns texts into TF-IDF vectors over three kinds of feature: stemmed words (with compound parts), stemmed word
 * pairs, and character 4-grams of words. The 4-grams let misspellings ("burenrusie", "onveillig") still meet
 * their correct form; compound parts let "hondenpoep" meet "poep van honden".
 */
final class Vocabulary {

    enum Kind { WORD, PAIR, GRAM }

    /**
     * How texts become vectors. {@code gramShare} is the share of a text's squared length given to its character
     * grams (the rest goes to words and word pairs), so that neither block drowns the other whatever the text length.
     */
    record Settings(int gramMin, int gramMax, float gramShare, float pairWeight, float compoundWeight,
                    boolean distinctIdf) {
        static final Settings DEFAULT = new Settings(3, 5, 0.5f, 0.5f, 0.6f, true);
        /** The features before issue 13: character 4-grams at a fixed low weight, one norm over everything. */
        static final Settings LEGACY = new Settings(4, 4, -1f, 0.5f, 0.6f, false);
    }

    private static final float LEGACY_GRAM_WEIGHT = 0.35f;
    private static final int MIN_PART = 4;
    /** Below this many distinct texts a second analyser costs more than it saves. */
    private static final int PARALLEL_FROM = 2000;
    /** From this many distinct texts on, a feature seen in only one of them is dropped. */
    private static final int DROP_SINGLE_USE_FEATURES_FROM = 50;

    private final DutchText text;
    private final Settings settings;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Map<String, Integer>> surfaces = new ArrayList<>();
    private final Set<String> compoundVocabulary;
    private final Map<String, String[]> splits = new HashMap<>();
    private float[] idf = new float[0];
    private int[] documentFrequency = new int[0];

    private Vocabulary(Set<String> compoundVocabulary, DutchText text, Settings settings) {
        this.compoundVocabulary = compoundVocabulary;
        this.text = text;
        this.settings = settings;
    }

    /** Builds the vocabulary and vectors for the documents; extra texts (theme words) only widen the compound list. */
    static Built build(List<String> documents, List<String> extraTexts) {
        return build(documents, extraTexts, Settings.DEFAULT);
    }

    static Built build(List<String> documents, List<String> extraTexts, Settings settings) {
        DutchText reader = new DutchText();
        int n = documents.size();
        int[] slotOf = new int[n];
        List<List<String>> tokenised = analyse(documents, reader, slotOf);
        // Per word: {number of documents, last document counted}, so no set of words is built per document.
        Map<String, int[]> wordDf = new HashMap<>();
        for (int d = 0; d < n; d++) {
            List<String> words = tokenised.get(d);
            for (String word : words) {
                int[] df = wordDf.computeIfAbsent(word, w -> new int[] {0, -1});
                if (df[1] != d) {
                    df[0]++;
                    df[1] = d;
                }
            }
        }
        Set<String> compoundVocabulary = new HashSet<>();
        wordDf.forEach((word, df) -> {
            if (df[0] >= 2 && word.length() >= MIN_PART && !DutchText.isStop(word)) {
                compoundVocabulary.add(word);
            }
        });
        for (String extra : extraTexts) {
            for (String word : reader.words(extra)) {
                if (!DutchText.isStop(word) && word.length() >= MIN_PART) {
                    compoundVocabulary.add(word);
                }
            }
        }
        Vocabulary vocabulary = new Vocabulary(compoundVocabulary, reader, settings);
        int[][] featureIds = new int[n][];
        float[][] featureCounts = new float[n][];
        Counts counts = vocabulary.counts;
        for (int d = 0; d < n; d++) {
            vocabulary.count(tokenised.get(d), true);
            featureIds[d] = counts.sortedIds();
            featureCounts[d] = counts.valuesOf(featureIds[d]);
            counts.clear();
        }
        vocabulary.countWordSurfaces();
        vocabulary.documentFrequency = new int[vocabulary.kinds.size()];
        // With distinct idf a text repeated 97 times counts once: a petition must not make its words look common.
        boolean[] slotSeen = new boolean[n];
        int distinctTexts = 0;
        for (int d = 0; d < n; d++) {
            if (settings.distinctIdf()) {
                if (slotSeen[slotOf[d]]) {
                    continue;
                }
                slotSeen[slotOf[d]] = true;
            }
            distinctTexts++;
            for (int id : featureIds[d]) {
                vocabulary.documentFrequency[id]++;
            }
        }
        vocabulary.idf = new float[vocabulary.kinds.size()];
        // Features seen once carry no shared signal; dropping them keeps centroids small on large sets.
        int minDf = distinctTexts >= DROP_SINGLE_USE_FEATURES_FROM ? 2 : 1;
        for (int id = 0; id < vocabulary.idf.length; id++) {
            int df = vocabulary.documentFrequency[id];
            vocabulary.idf[id] = df < minDf ? 0f : (float) (Math.log((distinctTexts + 1.0) / (df + 1.0)) + 1.0);
        }
        SparseVector[] vectors = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = vocabulary.weigh(featureIds[i], featureCounts[i]);
            featureIds[i] = null;
            featureCounts[i] = null;
        }
        return new Built(vocabulary, vectors, tokenised);
    }

    /**
     * The words of every document. Petitions and copied texts repeat word for word, so each distinct text is
     * analysed once; on large sets the distinct texts are analysed in fixed slices in parallel, one analyser per
     * slice (an analyser is not thread-safe). Stemming stays with the vocabulary's own analyser.
     */
    private static List<List<String>> analyse(List<String> documents, DutchText reader, int[] slotOf) {
        Map<String, Integer> slots = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            slotOf[d] = slots.computeIfAbsent(documents.get(d), text -> {
                distinct.add(text);
                return distinct.size() - 1;
            });
        }
        List<List<String>> words = new ArrayList<>(java.util.Collections.nCopies(distinct.size(), null));
        int slices = distinct.size() < PARALLEL_FROM ? 1
                : Math.min(4, Runtime.getRuntime().availableProcessors());
        java.util.stream.IntStream.range(0, slices).parallel().forEach(slice -> {
            DutchText analyser = slice == 0 ? reader : new DutchText();
            int end = (int) ((long) distinct.size() * (slice + 1) / slices);
            for (int t = (int) ((long) distinct.size() * slice / slices); t < end; t++) {
                words.set(t, analyser.words(distinct.get(t)));
            }
        });
        List<List<String>> tokenised = new ArrayList<>(documents.size());
        for (int slot : slotOf) {
            tokenised.add(words.get(slot));
        }
        return tokenised;
    }

    record Built(Vocabulary vocabulary, SparseVector[] vectors, List<List<String>> words) {
    }

    String stem(String word) {
        return text.stem(word);
    }

    int dimension() {
        return kinds.size();
    }

    Kind kind(int id) {
        return kinds.get(id);
    }

    int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /** The most frequent way residents wrote this word or pair, or null for character grams. */
    String surface(int id) {
        Map<String, Integer> forms = surfaces.get(id);
        if (forms == null) {
            return null;
        }
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

    /** Vectorises new text (a sentence, a theme description) against the existing vocabulary. */
    SparseVector vectorise(String input) {
        count(text.words(input), false);
        int[] featureIds = counts.sortedIds();
        float[] raw = counts.valuesOf(featureIds);
        counts.clear();
        return weigh(featureIds, raw);
    }

    /** {@code featureIds} ascending, {@code raw} their summed counts. */
    private SparseVector weigh(int[] featureIds, float[] raw) {
        int size = 0;
        for (int i = 0; i < featureIds.length; i++) {
            if (featureIds[i] < idf.length && idf[featureIds[i]] > 0) {
                size++;
            }
        }
        int[] kept = new int[size];
        float[] weights = new float[size];
        int next = 0;
        double wordNorm = 0;
        double gramNorm = 0;
        boolean legacy = settings.gramShare() < 0;
        for (int i = 0; i < featureIds.length; i++) {
            int id = featureIds[i];
            if (id >= idf.length || idf[id] <= 0) {
                continue;
            }
            // Sublinear tf: a word repeated in one long story should not drown its other words.
            float tf = raw[i] >= 1 ? (float) (1 + Math.log(raw[i])) : raw[i];
            Kind kind = kinds.get(id);
            kept[next] = id;
            weights[next] = tf * idf[id] * weightOf(kind, legacy);
            if (kind == Kind.GRAM && !legacy) {
                gramNorm += weights[next] * weights[next];
            } else {
                wordNorm += weights[next] * weights[next];
            }
            next++;
        }
        if (wordNorm + gramNorm == 0) {
            return SparseVector.EMPTY;
        }
        // Each block is scaled to its share of the length; a text with only one block gets all of it.
        float wordScale;
        float gramScale;
        if (legacy || gramNorm == 0) {
            wordScale = (float) (1 / Math.sqrt(wordNorm + gramNorm));
            gramScale = wordScale;
        } else if (wordNorm == 0) {
            gramScale = (float) (1 / Math.sqrt(gramNorm));
            wordScale = 0;
        } else {
            wordScale = (float) (Math.sqrt(1 - settings.gramShare()) / Math.sqrt(wordNorm));
            gramScale = (float) (Math.sqrt(settings.gramShare()) / Math.sqrt(gramNorm));
        }
        for (int i = 0; i < size; i++) {
            weights[i] *= kinds.get(kept[i]) == Kind.GRAM ? gramScale : wordScale;
        }
        return new SparseVector(kept, weights);
    }

    private float weightOf(Kind kind, boolean legacy) {
        return switch (kind) {
            case WORD -> 1f;
            case PAIR -> settings.pairWeight();
            case GRAM -> legacy ? LEGACY_GRAM_WEIGHT : 1f;
        };
    }

    /** A word's own features (stem, compound parts, character grams), worked out once per distinct word. */
    private static final class WordFeatures {
        final String word;
        final int index;
        final String stem;
        final int[] ids;
        final float[] amounts;
        final String[] parts;
        final int[] partIds;
        /** Occurrences in the documents the vocabulary was built from, for the surface forms of labels. */
        int occurrences;

        WordFeatures(String word, int index, String stem, int[] ids, float[] amounts, String[] parts, int[] partIds) {
            this.word = word;
            this.index = index;
            this.stem = stem;
            this.ids = ids;
            this.amounts = amounts;
            this.parts = parts;
            this.partIds = partIds;
        }
    }

    /** Marks stop words in the per-word cache, so each distinct word is checked against the stop list once. */
    private static final WordFeatures STOP_WORD = new WordFeatures("", -1, "", new int[0], new float[0], null, null);

    private final Map<String, WordFeatures> wordFeatures = new HashMap<>();
    /**
     * Word pair to {pair feature id or -1, occurrences, first word index, second word index}: no string is built
     * per occurrence. The key is the two word indexes scrambled, since a plain {@code first << 32 | second} hashes
     * to {@code first ^ second} and piles the pairs into a few buckets.
     */
    private final Map<Long, int[]> pairs = new HashMap<>();
    private final List<WordFeatures> wordsByIndex = new ArrayList<>();
    private final Counts counts = new Counts();

    private WordFeatures features(String word, boolean grow) {
        WordFeatures known = wordFeatures.get(word);
        if (known != null) {
            return known;
        }
        if (DutchText.isStop(word)) {
            wordFeatures.put(word, STOP_WORD);
            return STOP_WORD;
        }
        String stem = text.stem(word);
        Map<Integer, Float> own = new LinkedHashMap<>();
        add(own, Kind.WORD, "w|" + stem, 1f, grow);
        String[] parts = split(word);
        int[] partIds = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            partIds[p] = add(own, Kind.WORD, "w|" + text.stem(parts[p]), settings.compoundWeight(), grow);
        }
        String padded = "_" + word + "_";
        for (int length = settings.gramMin(); length <= settings.gramMax(); length++) {
            for (int i = 0; i + length <= padded.length(); i++) {
                add(own, Kind.GRAM, "g|" + padded.substring(i, i + length), 1f, grow);
            }
        }
        int[] featureIds = new int[own.size()];
        float[] amounts = new float[own.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> entry : own.entrySet()) {
            featureIds[i] = entry.getKey();
            amounts[i++] = entry.getValue();
        }
        WordFeatures features = new WordFeatures(word, wordsByIndex.size(), stem, featureIds, amounts, parts, partIds);
        wordsByIndex.add(features);
        wordFeatures.put(word, features);
        return features;
    }

    /** Adds the words' features to {@link #counts}, in text order (which fixes the ids of new features). */
    private void count(List<String> words, boolean grow) {
        WordFeatures previous = null;
        for (String word : words) {
            WordFeatures features = features(word, grow);
            if (features == STOP_WORD) {
                previous = null;
                continue;
            }
            for (int i = 0; i < features.ids.length; i++) {
                counts.add(features.ids[i], features.amounts[i]);
            }
            if (grow) {
                features.occurrences++;
            }
            if (previous != null) {
                int[] pair = pair(previous, features, grow);
                if (pair[0] >= 0) {
                    counts.add(pair[0], 1f);
                    if (grow) {
                        pair[1]++;
                    }
                }
            }
            previous = features;
        }
    }

    private int[] pair(WordFeatures first, WordFeatures second, boolean grow) {
        long key = ((long) first.index << 32 | second.index) * 0x9E3779B97F4A7C15L;
        int[] pair = pairs.get(key);
        if (pair == null) {
            String stemKey = "p|" + first.stem + " " + second.stem;
            Integer id = ids.get(stemKey);
            if (id == null && grow) {
                id = newFeature(stemKey, Kind.PAIR);
            }
            pair = new int[] {id == null ? -1 : id, 0, first.index, second.index};
            pairs.put(key, pair);
        }
        return pair;
    }

    /** Credits each word form to its stem (and its compound parts) once per occurrence, for labels. */
    private void countWordSurfaces() {
        for (WordFeatures features : wordsByIndex) {
            if (features.occurrences == 0) {
                continue;
            }
            surfaces.get(features.ids[0]).merge(features.word, features.occurrences, Integer::sum);
            for (int p = 0; p < features.parts.length; p++) {
                if (features.partIds[p] >= 0) {
                    surfaces.get(features.partIds[p]).merge(features.parts[p], features.occurrences, Integer::sum);
                }
            }
        }
        pairs.forEach((key, pair) -> {
            if (pair[1] > 0) {
                String surface = wordsByIndex.get(pair[2]).word + " " + wordsByIndex.get(pair[3]).word;
                surfaces.get(pair[0]).merge(surface, pair[1], Integer::sum);
            }
        });
    }

    private int add(Map<Integer, Float> own, Kind kind, String key, float amount, boolean grow) {
        Integer id = ids.get(key);
        if (id == null) {
            if (!grow) {
                return -1;
            }
            id = newFeature(key, kind);
        }
        own.merge(id, amount, Float::sum);
        return id;
    }

    private int newFeature(String key, Kind kind) {
        int id = kinds.size();
        ids.put(key, id);
        kinds.add(kind);
        surfaces.add(kind == Kind.GRAM ? null : new HashMap<>());
        return id;
    }

    /**
     * Feature counts of one text without a map per text: a dense array indexed by feature id plus the list of ids
     * touched, cleared after use. Amounts are always positive, so a zero entry means "not seen yet".
     */
    private static final class Counts {
        private float[] sums = new float[1024];
        private int[] touched = new int[128];
        private int size;

        void add(int id, float amount) {
            if (id >= sums.length) {
                sums = Arrays.copyOf(sums, Math.max(id + 1, sums.length * 2));
            }
            if (sums[id] == 0f) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = id;
            }
            sums[id] += amount;
        }

        int[] sortedIds() {
            int[] ids = Arrays.copyOf(touched, size);
            Arrays.sort(ids);
            return ids;
        }

        float[] valuesOf(int[] ids) {
            float[] values = new float[ids.length];
            for (int i = 0; i < ids.length; i++) {
                values[i] = sums[ids[i]];
            }
            return values;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                sums[touched[i]] = 0f;
            }
            size = 0;
        }
    }

    /** Light decompounding: split a long word where both halves are known words (allowing a linking s or e). */
    private String[] split(String word) {
        if (word.length() < 2 * MIN_PART + 1) {
            return new String[0];
        }
        return splits.computeIfAbsent(word, w -> {
            for (int cut = w.length() - MIN_PART; cut >= MIN_PART; cut--) {
                String left = w.substring(0, cut);
                String right = w.substring(cut);
                if (!compoundVocabulary.contains(right)) {
                    continue;
                }
                if (compoundVocabulary.contains(left)) {
                    return new String[] {left, right};
                }
                String trimmed = left.endsWith("s") || left.endsWith("e") ? left.substring(0, left.length() - 1) : null;
                if (trimmed != null && trimmed.length() >= MIN_PART && compoundVocabulary.contains(trimmed)) {
                    return new String[] {trimmed, right};
                }
            }
            return new String[0];
        });
    }
}
