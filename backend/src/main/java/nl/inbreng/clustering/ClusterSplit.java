package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits one cluster in two: either the inputs an analyst picked, or an automatic proposal made by clustering just
 * that cluster's inputs into two with the ordinary {@link TextClusterer}. Both parts are described again against
 * the cluster's own inputs, so the new label names what sets the part apart rather than what the whole shares.
 */
public final class ClusterSplit {

    /** A described part: a generated label, key phrases, the inputs closest to its centre and a traced summary. */
    public record Part(String label, List<String> keyPhrases, List<Long> memberIds, List<Long> representativeIds,
                       List<SummarySentence> summary) {
    }

    /** {@code picked} is the new cluster, {@code rest} what stays behind. */
    public record Split(Part picked, Part rest) {
    }

    /** The inputs an automatic split would take out, or empty when the clusterer finds no two groups. */
    public Optional<Set<Long>> propose(List<ClusterInput> inputs, long seed) {
        if (inputs.size() < 2) {
            return Optional.empty();
        }
        ClusteringResult result = new TextClusterer().cluster(inputs, new ClusteringOptions(2, seed, List.of()));
        List<TextCluster> groups = result.clusters().stream().filter(cluster -> !cluster.overig()).toList();
        if (groups.size() < 2) {
            return Optional.empty();
        }
        // The clusterer lists the largest first; the second becomes the new cluster, the rest (and its "overig") stays.
        return Optional.of(new HashSet<>(groups.get(1).memberIds()));
    }

    /** Describes both parts; {@code picked} must be a non-empty proper subset of the inputs' ids. */
    public Split describe(List<ClusterInput> inputs, Set<Long> picked) {
        List<ClusterInput> sorted = inputs.stream().sorted(Comparator.comparingLong(ClusterInput::id)).toList();
        Vocabulary.Built built = Vocabulary.build(sorted.stream().map(ClusterInput::text).toList(), List.of());
        int dimension = built.vocabulary().dimension();
        ClusterDescriber describer = new ClusterDescriber(built.vocabulary(), built.vectors(), sorted,
                new NearDuplicates().find(sorted, built.words(), built.vocabulary()));
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < sorted.size(); d++) {
            (picked.contains(sorted.get(d).id()) ? in : out).add(d);
        }
        if (in.isEmpty() || out.isEmpty()) {
            throw new IllegalArgumentException("A split needs inputs on both sides");
        }
        return new Split(part(describer, built.vectors(), in, dimension), part(describer, built.vectors(), out, dimension));
    }

    private static Part part(ClusterDescriber describer, SparseVector[] vectors, List<Integer> members, int dimension) {
        float[] centre = new float[dimension];
        members.forEach(d -> vectors[d].addTo(centre, 1f));
        SparseVector.normalise(centre);
        TextCluster described = describer.describe(members, centre, false, null);
        return new Part(described.label(), described.keyPhrases(), described.memberIds(),
                described.representativeIds(), described.summary());
    }
}
