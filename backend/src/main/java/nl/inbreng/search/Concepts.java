package nl.inbreng.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The concept groups of concepts.txt, held as stemmed word sequences: for a word or phrase, the other ways residents
 * say the same thing. A member that is in several groups gets the members of all of them.
 */
final class Concepts {

    /** Longer phrases are not looked up in queries. */
    static final int MAX_PHRASE = 4;

    private final Map<List<String>, Set<List<String>>> siblings;

    private Concepts(Map<List<String>, Set<List<String>>> siblings) {
        this.siblings = siblings;
    }

    /** Parses the resource text; {@code stems} turns a member into its analysed words. */
    static Concepts parse(String text, Function<String, List<String>> stems) {
        Map<List<String>, Set<List<String>>> siblings = new HashMap<>();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            List<List<String>> group = new ArrayList<>();
            for (String member : stripped.split(",")) {
                List<String> words = stems.apply(member.strip());
                if (!words.isEmpty() && words.size() <= MAX_PHRASE && !group.contains(words)) {
                    group.add(words);
                }
            }
            for (List<String> member : group) {
                Set<List<String>> others = siblings.computeIfAbsent(member, k -> new LinkedHashSet<>());
                for (List<String> other : group) {
                    if (!other.equals(member)) {
                        others.add(other);
                    }
                }
            }
        }
        return new Concepts(siblings);
    }

    boolean contains(List<String> stems) {
        return siblings.containsKey(stems);
    }

    /** The other members of every group the stems belong to; empty for an unknown word or phrase. */
    Set<List<String>> siblingsOf(List<String> stems) {
        return siblings.getOrDefault(stems, Set.of());
    }

    int size() {
        return siblings.size();
    }
}
