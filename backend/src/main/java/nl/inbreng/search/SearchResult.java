package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One page of the inbox: the total, the hits with an HTML-escaped highlight ({@code <mark>} around matches) and the
 * counts per theme, channel and area over all hits. {@code typoTolerant} says the exact words found nothing.
 */
public record SearchResult(long total, List<Hit> items, Map<String, Map<String, Long>> facets, boolean typoTolerant) {

    /** One found input as the index knows it; {@code duplicateCount} near-duplicates were merged into it. */
    public record Hit(long id, String problem, @Nullable String solution, List<String> themeCodes, String channel,
                      @Nullable String areaCode, @Nullable Long roundId, String respondentType, String status,
                      LocalDateTime createdAt, @Nullable String highlight, float score, int duplicateCount) {
    }
}
