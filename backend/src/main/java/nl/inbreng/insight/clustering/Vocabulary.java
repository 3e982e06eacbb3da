package nl.inbreng.insight.clustering;

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

    private static final float COMPOUND_PART_WEIGHT = 0.6f;
    private static final float PAIR_WEIGHT = 0.5f;
    private static final float GRAM_WEIGHT = 0.35f;
    private static final int MIN_PART = 4;

    private final DutchText text;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<Map<String, Integer>> surfaces = new ArrayList<>();
    private final Set<String> compoundVocabulary;
    private final Map<String, String[]> splits = new HashMap<>();
    private float[] idf = new float[0];
    private int[] documentFrequency = new int[0];

    private Vocabulary(Set<String> compoundVocabulary, DutchText text) {
        this.compoundVocabulary = compoundVocabulary;
        this.text = text;
    }

    /** Builds the vocabulary and vectors for the documents; extra texts (theme words) only widen the compound list. */
    static Built build(List<String> documents, List<String> extraTexts) {
        DutchText reader = new DutchText();
        Map<String, Integer> wordDf = new HashMap<>();
        List<List<String>> tokenised = new ArrayList<>(documents.size());
        for (String document : documents) {
            List<String> words = reader.words(document);
            tokenised.add(words);
            for (String word : new HashSet<>(words)) {
                if (!DutchText.isStop(word)) {
                    wordDf.merge(word, 1, Integer::sum);
                }
            }
        }
        Set<String> compoundVocabulary = new HashSet<>();
        wordDf.forEach((word, df) -> {
            if (df >= 2 && word.length() >= MIN_PART) {
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
        Vocabulary vocabulary = new Vocabulary(compoundVocabulary, reader);
        List<Map<Integer, Float>> counts = new ArrayList<>(documents.size());
        for (List<String> words : tokenised) {
            counts.add(vocabulary.count(words, true));
        }
        vocabulary.countWordSurfaces();
        int n = documents.size();
        vocabulary.documentFrequency = new int[vocabulary.kinds.size()];
        for (Map<Integer, Float> count : counts) {
            for (int id : count.keySet()) {
                vocabulary.documentFrequency[id]++;
            }
        }
        vocabulary.idf = new float[vocabulary.kinds.size()];
        // Features seen once carry no shared signal; dropping them keeps centroids small on large sets.
        int minDf = n >= 50 ? 2 : 1;
        for (int id = 0; id < vocabulary.idf.length; id++) {
            int df = vocabulary.documentFrequency[id];
            vocabulary.idf[id] = df < minDf ? 0f : (float) (Math.log((n + 1.0) / (df + 1.0)) + 1.0);
        }
        SparseVector[] vectors = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = vocabulary.weigh(counts.get(i));
        }
        return new Built(vocabulary, vectors, tokenised);
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
        return weigh(count(text.words(input), false));
    }

    private SparseVector weigh(Map<Integer, Float> counts) {
        int[] featureIds = new int[counts.size()];
        int size = 0;
        for (Map.Entry<Integer, Float> entry : counts.entrySet()) {
            if (entry.getKey() < idf.length && idf[entry.getKey()] > 0) {
                featureIds[size++] = entry.getKey();
            }
        }
        featureIds = Arrays.copyOf(featureIds, size);
        Arrays.sort(featureIds);
        float[] weights = new float[size];
        double norm = 0;
        for (int i = 0; i < size; i++) {
            float raw = counts.get(featureIds[i]);
            // Sublinear tf: a word repeated in one long story should not drown its other words.
            float tf = raw >= 1 ? (float) (1 + Math.log(raw)) : raw;
            weights[i] = tf * idf[featureIds[i]] * weightOf(kinds.get(featureIds[i]));
            norm += weights[i] * weights[i];
        }
        if (norm == 0) {
            return SparseVector.EMPTY;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < size; i++) {
            weights[i] *= inv;
        }
        return new SparseVector(featureIds, weights);
    }

    private static float weightOf(Kind kind) {
        return switch (kind) {
            case WORD -> 1f;
            case PAIR -> PAIR_WEIGHT;
            case GRAM -> GRAM_WEIGHT;
        };
    }

    /** A word's own features (stem, compound parts, character grams), worked out once per distinct word. */
    private record WordFeatures(String stem, int[] ids, float[] amounts, String[] parts, int[] partIds) {
    }

    private final Map<String, WordFeatures> wordFeatures = new HashMap<>();
    private final Map<String, Integer> wordOccurrences = new HashMap<>();

    private WordFeatures features(String word, boolean grow) {
        WordFeatures known = wordFeatures.get(word);
        if (known != null) {
            return known;
        }
        String stem = text.stem(word);
        Map<Integer, Float> own = new LinkedHashMap<>();
        add(own, Kind.WORD, "w|" + stem, word, 1f, grow);
        String[] parts = split(word);
        int[] partIds = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            partIds[p] = add(own, Kind.WORD, "w|" + text.stem(parts[p]), null, COMPOUND_PART_WEIGHT, grow);
        }
        String padded = "_" + word + "_";
        for (int i = 0; i + 4 <= padded.length(); i++) {
            add(own, Kind.GRAM, "g|" + padded.substring(i, i + 4), null, 1f, grow);
        }
        int[] featureIds = new int[own.size()];
        float[] amounts = new float[own.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> entry : own.entrySet()) {
            featureIds[i] = entry.getKey();
            amounts[i++] = entry.getValue();
        }
        WordFeatures features = new WordFeatures(stem, featureIds, amounts, parts, partIds);
        wordFeatures.put(word, features);
        return features;
    }

    private Map<Integer, Float> count(List<String> words, boolean grow) {
        Map<Integer, Float> counts = new HashMap<>();
        String previousStem = null;
        String previousWord = null;
        for (String word : words) {
            if (DutchText.isStop(word)) {
                previousStem = null;
                continue;
            }
            WordFeatures features = features(word, grow);
            for (int i = 0; i < features.ids.length; i++) {
                counts.merge(features.ids[i], features.amounts[i], Float::sum);
            }
            if (grow) {
                wordOccurrences.merge(word, 1, Integer::sum);
            }
            String stem = features.stem;
            if (previousStem != null) {
                add(counts, Kind.PAIR, "p|" + previousStem + " " + stem, previousWord + " " + word, 1f, grow);
            }
            previousStem = stem;
            previousWord = word;
        }
        return counts;
    }

    /** Credits each word form to its stem (and its compound parts) once per occurrence, for labels. */
    private void countWordSurfaces() {
        wordOccurrences.forEach((word, occurrences) -> {
            WordFeatures features = wordFeatures.get(word);
            surfaces.get(features.ids[0]).merge(word, occurrences, Integer::sum);
            for (int p = 0; p < features.parts.length; p++) {
                if (features.partIds[p] >= 0) {
                    surfaces.get(features.partIds[p]).merge(features.parts[p], occurrences, Integer::sum);
                }
            }
        });
        wordOccurrences.clear();
    }

    private int add(Map<Integer, Float> counts, Kind kind, String key, String surface, float amount, boolean grow) {
        Integer id = ids.get(key);
        if (id == null) {
            if (!grow) {
                return -1;
            }
            id = kinds.size();
            ids.put(key, id);
            kinds.add(kind);
            surfaces.add(kind == Kind.GRAM ? null : new HashMap<>());
        }
        counts.merge(id, amount, Float::sum);
        if (grow && kind == Kind.PAIR) {
            surfaces.get(id).merge(surface, 1, Integer::sum);
        }
        return id;
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
