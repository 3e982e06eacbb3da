package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The answer of POST /api/admin/clusterings (see CONTRACT.md), with breakdowns, near-duplicate groups and how the
 * number of clusters was chosen.
 */
@Serdeable
record ClusteringView(long id, int total, List<ClusterView> clusters, List<DuplicateView> nearDuplicates,
                      ClusterCountView clusterCount) {

    /**
     * {@code how}: REQUESTED (the analyst's number), THEMES (the themes the inputs fit), GAP (the gap statistic) or
     * TOO_FEW_INPUTS; {@code reason} in plain Dutch; {@code themesFollowed} true when the clusters follow themes.
     */
    @Serdeable
    record ClusterCountView(int clusters, String how, String reason, boolean themesFollowed) {
    }

    /** One cluster; {@code summary} is the summary sentences joined, {@code summarySentences} link to inputs. */
    @Serdeable
    record ClusterView(long id, String label, int size, String summary, List<SentenceView> summarySentences,
                       List<String> keyPhrases, List<Long> memberIds, List<Long> representativeIds,
                       boolean overig, @Nullable String themeCode, Breakdown breakdown) {
    }

    @Serdeable
    record SentenceView(String text, List<Long> sourceIds) {
    }

    /** Counts per channel, area code ("onbekend" when none) and respondent type. */
    @Serdeable
    record Breakdown(Map<String, Integer> channel, Map<String, Integer> area, Map<String, Integer> respondentType) {
    }

    /** Inputs that say nearly the same thing, with how many came through each channel. */
    @Serdeable
    record DuplicateView(List<Long> memberIds, Map<String, Integer> channels) {
    }
}
