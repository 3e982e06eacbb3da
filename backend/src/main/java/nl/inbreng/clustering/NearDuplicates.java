package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds inputs that say nearly the same (the same complaint on paper and online, a petition text): MinHash over
 * the set of stemmed content words with banding, each candidate pair checked on its exact Jaccard overlap.
 */
public final class NearDuplicates {

    private static final double MIN_JACCARD = 0.7;
    private static final int BANDS = 6;
    private static final int ROWS = 3;
    private static final int MIN_WORDS = 3;
    /** Texts in one LSH bucket are compared with at most this many group heads, so a crowded bucket stays cheap. */
    private static final int MAX_HEADS_PER_BUCKET = 8;

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
        return group(inputs, stemSets(words, vocabulary));
    }

    /** Each input's distinct stems as ascending stem numbers, and per stem number the hash of the stem's text. */
    record StemSets(int[][] sets, int[] hashes) {
    }

    /** Reads the stems through the vocabulary, so call it from the thread that owns the vocabulary. */
    static StemSets stemSets(List<List<String>> words, Vocabulary vocabulary) {
        int n = words.size();
        // Each input's distinct stems as ascending stem numbers, with each stem's string hash kept for MinHash:
        // the same hashes and overlaps as sets of strings, without a hash set per input.
        Map<String, Integer> stemIds = new HashMap<>();
        Map<String, Integer> wordStems = new HashMap<>();
        List<Integer> stemHashes = new ArrayList<>();
        int[][] sets = new int[n][];
        int[] scratch = new int[64];
        for (int d = 0; d < n; d++) {
            int size = 0;
            for (String word : words.get(d)) {
                int stem = wordStems.computeIfAbsent(word, w -> {
                    if (DutchText.isStop(w)) {
                        return -1;
                    }
                    String s = vocabulary.stem(w);
                    return stemIds.computeIfAbsent(s, x -> {
                        stemHashes.add(x.hashCode());
                        return stemHashes.size() - 1;
                    });
                });
                if (stem >= 0) {
                    if (size == scratch.length) {
                        scratch = Arrays.copyOf(scratch, size * 2);
                    }
                    scratch[size++] = stem;
                }
            }
            Arrays.sort(scratch, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || scratch[distinct - 1] != scratch[i]) {
                    scratch[distinct++] = scratch[i];
                }
            }
            sets[d] = Arrays.copyOf(scratch, distinct);
        }
        return new StemSets(sets, stemHashes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Touches nothing shared, so it may run beside the cluster descriptions. */
    List<DuplicateGroup> group(List<ClusterInput> inputs, StemSets stems) {
        int n = inputs.size();
        int[][] sets = stems.sets();
        int[] hashes = stems.hashes();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int d = 0; d < n; d++) {
                int[] set = sets[d];
                if (set.length < MIN_WORDS) {
                    continue;
                }
                long key = 17;
                for (int row = 0; row < ROWS; row++) {
                    key = key * 31 + minHash(set, hashes, band * ROWS + row);
                }
                buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(d);
            }
            for (List<Integer> bucket : buckets.values()) {
                // Compare against a few distinct group heads only, so a bucket of thousands stays linear.
                List<Integer> heads = new ArrayList<>();
                for (int d : bucket) {
                    boolean joined = false;
                    for (int head : heads) {
                        if (jaccard(sets[d], sets[head]) >= MIN_JACCARD) {
                            union(parent, head, d);
                            joined = true;
                            break;
                        }
                    }
                    if (!joined && heads.size() < MAX_HEADS_PER_BUCKET) {
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

    private static int minHash(int[] set, int[] hashes, int seed) {
        int min = Integer.MAX_VALUE;
        for (int stem : set) {
            int h = mix(hashes[stem] ^ (seed * 0x9E3779B9));
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

    /** Overlap of two ascending sets of stem numbers. */
    private static double jaccard(int[] a, int[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
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
