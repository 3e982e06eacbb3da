package nl.inbreng.clustering;

import java.util.List;

/**
 * One cluster. {@code overig} marks the cluster of inputs that fit nowhere; {@code themeCode} is the theme prior
 * that seeded it, if any.
 */
public record TextCluster(
        String label,
        List<String> keyPhrases,
        List<Long> memberIds,
        List<Long> representativeIds,
        List<SummarySentence> summary,
        boolean overig,
        String themeCode) {

    public int size() {
        return memberIds.size();
    }
}
