package nl.inbreng.insight.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Describes a cluster in words a civil servant would use: a label from its most distinctive words and word pairs
 * (shown as residents most often wrote them), key phrases, the inputs closest to its centre, and an extractive
 * summary whose sentences are copied from inputs and point back to every input that contains them.
 */
final class ClusterDescriber {

    private static final int KEY_PHRASES = 6;
    private static final int REPRESENTATIVES = 3;
    private static final int SUMMARY_SENTENCES = 3;
    private static final int SUMMARY_CANDIDATES = 200;
    private static final double MMR_LAMBDA = 0.7;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n+\\s*");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Vocabulary vocabulary;
    private final SparseVector[] docs;
    private final List<ClusterInput> inputs;
    /** Sentence vectors by exact sentence text: the same sentence recurs in many inputs and clusters. */
    private final Map<String, SparseVector> sentenceVectors = new HashMap<>();
    private final Map<String, String> normalised = new HashMap<>();
    /** Per feature the number of inputs of the current cluster that contain it; zeroed again after use. */
    private final int[] featureCounts;

    ClusterDescriber(Vocabulary vocabulary, SparseVector[] docs, List<ClusterInput> inputs) {
        this.vocabulary = vocabulary;
        this.docs = docs;
        this.inputs = inputs;
        this.featureCounts = new int[vocabulary.dimension()];
    }

    TextCluster describe(List<Integer> members, float[] centroid, boolean overig, String themeCode) {
        // One similarity per member, not one per comparison of the sort.
        Map<Integer, Double> closeness = new HashMap<>(members.size() * 2);
        for (int d : members) {
            closeness.put(d, docs[d].dot(centroid));
        }
        List<Integer> byCloseness = new ArrayList<>(members);
        byCloseness.sort(Comparator.comparingDouble((Integer d) -> -closeness.get(d)).thenComparing(d -> d));
        List<String> phrases = keyPhrases(members);
        String label = overig ? TextClusterer.OVERIG : label(phrases);
        List<Long> memberIds = members.stream().map(d -> inputs.get(d).id()).sorted().toList();
        List<Long> representatives = byCloseness.stream().limit(REPRESENTATIVES).map(d -> inputs.get(d).id()).toList();
        List<SummarySentence> summary = summarise(byCloseness, centroid);
        return new TextCluster(label, phrases, memberIds, representatives, summary, overig, themeCode);
    }

    private static String label(List<String> phrases) {
        if (phrases.isEmpty()) {
            return "Diverse meldingen";
        }
        String first = phrases.get(0);
        String label = first;
        for (String next : phrases.subList(1, phrases.size())) {
            if (!overlaps(first, next)) {
                label = first + " en " + next;
                break;
            }
        }
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static boolean overlaps(String a, String b) {
        Set<String> words = new HashSet<>(List.of(a.split(" ")));
        for (String word : b.split(" ")) {
            for (String other : words) {
                if (word.startsWith(other.substring(0, Math.min(4, other.length())))
                        || other.startsWith(word.substring(0, Math.min(4, word.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words and pairs scored by how much more common they are in the cluster than overall (a KL-style lift). */
    private List<String> keyPhrases(List<Integer> members) {
        List<Integer> seen = new ArrayList<>();
        for (int d : members) {
            for (int id : docs[d].ids()) {
                if (vocabulary.kind(id) != Vocabulary.Kind.GRAM) {
                    if (featureCounts[id]++ == 0) {
                        seen.add(id);
                    }
                }
            }
        }
        int size = members.size();
        int total = docs.length;
        int minCount = size >= 6 ? 2 : 1;
        Map<Integer, Double> scores = new HashMap<>();
        for (int id : seen) {
            int count = featureCounts[id];
            featureCounts[id] = 0;
            if (count < minCount) {
                continue;
            }
            double inside = (double) count / size;
            double overall = (double) vocabulary.documentFrequency(id) / total;
            double score = inside * Math.log(inside / overall);
            if (vocabulary.kind(id) == Vocabulary.Kind.PAIR) {
                score *= 1.6;
            }
            if (score > 0) {
                scores.put(id, score);
            }
        }
        List<Integer> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Integer id) -> -scores.get(id)).thenComparing(id -> id));
        List<String> phrases = new ArrayList<>();
        for (int id : ranked) {
            String surface = vocabulary.surface(id);
            if (surface == null || containsFiller(surface) || phrases.stream().anyMatch(p -> samePhrase(p, surface))) {
                continue;
            }
            phrases.add(surface);
            if (phrases.size() == KEY_PHRASES) {
                break;
            }
        }
        return phrases;
    }

    private static boolean containsFiller(String surface) {
        for (String word : surface.split(" ")) {
            if (DutchText.isStop(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePhrase(String existing, String candidate) {
        return existing.contains(candidate) || candidate.contains(existing);
    }

    private List<SummarySentence> summarise(List<Integer> byCloseness, float[] centroid) {
        Map<String, String> firstForm = new LinkedHashMap<>();
        Map<String, List<Long>> sources = new HashMap<>();
        for (int d : byCloseness.subList(0, Math.min(SUMMARY_CANDIDATES, byCloseness.size()))) {
            ClusterInput input = inputs.get(d);
            for (String sentence : sentences(input.text())) {
                String key = normalised.computeIfAbsent(sentence, ClusterDescriber::normalise);
                firstForm.putIfAbsent(key, sentence);
                List<Long> ids = sources.computeIfAbsent(key, x -> new ArrayList<>());
                if (!ids.contains(input.id())) {
                    ids.add(input.id());
                }
            }
        }
        List<String> keys = new ArrayList<>(firstForm.keySet());
        List<SparseVector> vectors = new ArrayList<>();
        List<Double> relevance = new ArrayList<>();
        for (String key : keys) {
            SparseVector vector = sentenceVectors.computeIfAbsent(firstForm.get(key), vocabulary::vectorise);
            vectors.add(vector);
            relevance.add(vector.dot(centroid));
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < SUMMARY_SENTENCES) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < keys.size(); s++) {
                if (chosen.contains(s) || vectors.get(s).isEmpty()) {
                    continue;
                }
                double redundancy = 0;
                for (int c : chosen) {
                    redundancy = Math.max(redundancy, vectors.get(s).dot(vectors.get(c)));
                }
                double score = MMR_LAMBDA * relevance.get(s) - (1 - MMR_LAMBDA) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
        }
        List<SummarySentence> summary = new ArrayList<>();
        for (int s : chosen) {
            List<Long> ids = new ArrayList<>(sources.get(keys.get(s)));
            ids.sort(Comparator.naturalOrder());
            summary.add(new SummarySentence(firstForm.get(keys.get(s)), List.copyOf(ids)));
        }
        return summary;
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String sentence = part.strip();
            if (WHITESPACE.split(sentence).length >= 3) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static String normalise(String sentence) {
        return WHITESPACE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
