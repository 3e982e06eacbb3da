package nl.inbreng.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts new inputs into existing (curated) clusters without re-clustering: each newcomer joins the cluster whose
 * centre it is most similar to (cosine, in the same vector space the clusterer uses), or none when no cluster is
 * similar enough. Curated clusters therefore keep their labels, merges and moves while new input arrives.
 */
public final class NearestClusters {

    /** Same floor as the clusterer's "overig" rule: below this an input shares too little with a cluster to join it. */
    static final double MIN_SIMILARITY = 0.04;

    /** A cluster to join, known by the caller's key, with the inputs it holds now. */
    public record Group(long key, List<ClusterInput> members) {
    }

    /** Where a newcomer goes: {@code groupKey} null means no cluster is similar enough (the caller's "overig"). */
    public record Assignment(long inputId, Long groupKey, double similarity) {
    }

    public List<Assignment> assign(List<Group> groups, List<ClusterInput> newcomers) {
        if (newcomers.isEmpty()) {
            return List.of();
        }
        List<ClusterInput> newcomersSorted = newcomers.stream().sorted(Comparator.comparingLong(ClusterInput::id)).toList();
        // One vocabulary over everything, so that cluster centres and newcomers are weighed alike.
        List<String> texts = new ArrayList<>();
        groups.forEach(group -> group.members().forEach(member -> texts.add(member.text())));
        newcomersSorted.forEach(input -> texts.add(input.text()));
        Vocabulary.Built built = Vocabulary.build(texts, List.of());
        SparseVector[] vectors = built.vectors();
        int dimension = built.vocabulary().dimension();

        float[][] centres = new float[groups.size()][];
        int next = 0;
        for (int g = 0; g < groups.size(); g++) {
            centres[g] = new float[dimension];
            for (int m = 0; m < groups.get(g).members().size(); m++) {
                vectors[next++].addTo(centres[g], 1f);
            }
            SparseVector.normalise(centres[g]);
        }
        // The clusterer's own scoring: the most similar centre, the earlier group on a tie.
        CentroidMatrix matrix = new CentroidMatrix(centres, dimension);
        double[] similarities = new double[centres.length];
        List<Assignment> assignments = new ArrayList<>();
        for (ClusterInput input : newcomersSorted) {
            SparseVector vector = vectors[next++];
            int best = centres.length == 0 ? -1 : matrix.nearest(vector, similarities);
            double bestSimilarity = best < 0 ? 0 : Math.max(0, similarities[best]);
            boolean fits = best >= 0 && bestSimilarity >= MIN_SIMILARITY;
            assignments.add(new Assignment(input.id(), fits ? groups.get(best).key() : null, bestSimilarity));
        }
        return assignments;
    }
}
