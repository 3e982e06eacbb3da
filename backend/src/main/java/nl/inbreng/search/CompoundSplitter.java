package nl.inbreng.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a Dutch compound into known words, but only when known words cover it completely: "fietsendiefstal" is
 * fiets + (en) + diefstal and "hardrijders" hard + rijders, while "geweldig" stays whole ("ig" is no word) and a word
 * on the atomic list is never split ("diefstal" is not dief + stal). Between parts the linking letters s, e, en and n
 * may stand; the last part may carry a plural or inflection ending. Fewest parts win, then the split with most curated
 * base words ("winkel + diefstal", not "winkeldief + stal"), then the longest first part.
 */
final class CompoundSplitter {

    static final int MIN_PART = 3;
    static final int MIN_WORD = 6;
    private static final String[] LINKS = {"", "s", "en", "e", "n"};
    private static final String[] ENDINGS = {"", "s", "e", "en", "n", "es"};

    private final Set<String> parts;
    private final Set<String> atomic;

    CompoundSplitter(Set<String> parts, Set<String> atomic) {
        this.parts = parts;
        this.atomic = atomic;
    }

    /** The parts as [start, end) character ranges of the word, or an empty list when the word stays whole. */
    List<int[]> split(CharSequence word) {
        String w = word.toString();
        if (w.length() < MIN_WORD || atomic.contains(w)) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<int[]>[] memo = new List[w.length() + 1];
        List<int[]> best = cover(w, 0, memo, new boolean[w.length() + 1]);
        return best == null || best.size() < 2 ? List.of() : best;
    }

    /** The parts of a word as strings, for query expansion and tests. */
    List<String> splitWords(String word) {
        List<String> out = new ArrayList<>();
        for (int[] range : split(word)) {
            out.add(word.substring(range[0], range[1]));
        }
        return out;
    }

    private List<int[]> cover(String w, int from, List<int[]>[] memo, boolean[] done) {
        if (done[from]) {
            return memo[from];
        }
        List<int[]> best = null;
        for (int end = w.length(); end >= from + MIN_PART; end--) {
            if (!parts.contains(w.substring(from, end))) {
                continue;
            }
            // At the start a part that covers the whole word is no split: known compounds are split too.
            for (String ending : from == 0 ? new String[0] : ENDINGS) {
                if (end + ending.length() == w.length() && w.endsWith(ending)) {
                    best = better(best, List.of(new int[]{from, end}), w);
                }
            }
            for (String link : LINKS) {
                int next = end + link.length();
                if (next + MIN_PART <= w.length() && w.startsWith(link, end)) {
                    List<int[]> rest = cover(w, next, memo, done);
                    if (rest != null) {
                        List<int[]> candidate = new ArrayList<>(rest.size() + 1);
                        candidate.add(new int[]{from, end});
                        candidate.addAll(rest);
                        best = better(best, candidate, w);
                    }
                }
            }
        }
        done[from] = true;
        memo[from] = best;
        return best;
    }

    /** Fewest parts, then most parts from the curated base words, then the longest first part. */
    private List<int[]> better(List<int[]> current, List<int[]> candidate, String w) {
        if (current == null) {
            return candidate;
        }
        if (candidate.size() != current.size()) {
            return candidate.size() < current.size() ? candidate : current;
        }
        long currentBase = current.stream().filter(r -> atomic.contains(w.substring(r[0], r[1]))).count();
        long candidateBase = candidate.stream().filter(r -> atomic.contains(w.substring(r[0], r[1]))).count();
        if (candidateBase != currentBase) {
            return candidateBase > currentBase ? candidate : current;
        }
        int currentFirst = current.get(0)[1] - current.get(0)[0];
        int candidateFirst = candidate.get(0)[1] - candidate.get(0)[0];
        return candidateFirst > currentFirst ? candidate : current;
    }
}
