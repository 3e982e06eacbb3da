package nl.inbreng.insight.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Finds inputs that say nearly the same (the same complaint on paper and online, a petition text): MinHash over
 * the set of stemmed content words with banding, each candidate pair checked on its exact Jaccard overlap.
 */
public final class NearDuplicates {

    private static final double MIN_JACCARD = 0.7;
    private static final int BANDS = 6;
    private static final int ROWS = 3;
    private static final int MIN_WORDS = 3;

    /**
     * The near-duplicate groups among a handful of inputs on their own (the admin detail page's candidates), read
     * with the same vocabulary and thresholds the clustering uses, so both screens agree on what a duplicate is.
     */
    public static List<DuplicateGroup> among(List<ClusterInput> inputs) {
        if (inputs.size() < 2) {
            return List.of();
        }
        Vocabulary.Built built = Vocabulary.build(inputs.stream().map(ClusterInput::text).toList(), List.of());
        return new NearDuplicates().find(inputs, built.words(), built.vocabulary());
    }

    /** {@code words} are the inputs' tokens as the vocabulary read them, so no text is tokenised twice. */
    List<DuplicateGroup> find(List<ClusterInput> inputs, List<List<String>> words, Vocabulary vocabulary) {
        int n = inputs.size();
        List<Set<String>> sets = new ArrayList<>(n);
        for (List<String> tokens : words) {
            Set<String> stems = new HashSet<>();
            for (String word : tokens) {
                if (!DutchText.isStop(word)) {
                    stems.add(vocabulary.stem(word));
                }
            }
            sets.add(stems);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int d = 0; d < n; d++) {
                Set<String> set = sets.get(d);
                if (set.size() < MIN_WORDS) {
                    continue;
                }
                long key = 17;
                for (int row = 0; row < ROWS; row++) {
                    key = key * 31 + minHash(set, band * ROWS + row);
                }
                buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(d);
            }
            for (List<Integer> bucket : buckets.values()) {
                // Compare against a few distinct group heads only, so a bucket of thousands stays linear.
                List<Integer> heads = new ArrayList<>();
                for (int d : bucket) {
                    boolean joined = false;
                    for (int head : heads) {
                        if (jaccard(sets.get(d), sets.get(head)) >= MIN_JACCARD) {
                            union(parent, head, d);
                            joined = true;
                            break;
                        }
                    }
                    if (!joined && heads.size() < 8) {
                        heads.add(d);
                    }
                }
            }
        }
        Map<Integer, List<Long>> groups = new java.util.TreeMap<>();
        for (int d = 0; d < n; d++) {
            groups.computeIfAbsent(find(parent, d), x -> new ArrayList<>()).add(inputs.get(d).id());
        }
        List<DuplicateGroup> result = new ArrayList<>();
        for (List<Long> ids : groups.values()) {
            if (ids.size() > 1) {
                result.add(new DuplicateGroup(List.copyOf(ids)));
            }
        }
        return result;
    }

    private static int minHash(Set<String> set, int seed) {
        int min = Integer.MAX_VALUE;
        for (String word : set) {
            int h = mix(word.hashCode() ^ (seed * 0x9E3779B9));
            if (h < min) {
                min = h;
            }
        }
        return min;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String word : a) {
            if (b.contains(word)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
