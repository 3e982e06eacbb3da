package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the inbox asks for. Every filter list means "any of these"; an empty list means no filter. Without a status
 * filter, hidden, spam and merged inputs are left out. Pages count from 0.
 */
public record SearchQuery(
        @Nullable String text,
        List<String> themes,
        List<String> velden,
        List<String> channels,
        List<String> areas,
        List<String> rounds,
        List<String> respondentTypes,
        List<String> statuses,
        @Nullable Boolean themeUnsure,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Order order,
        int page,
        int size) {

    /** Relevance needs a text; without one the newest come first. */
    public enum Order { RELEVANCE, NEWEST, OLDEST }

    /** Everything, newest first. */
    public static SearchQuery all() {
        return new SearchQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, Order.RELEVANCE, 0, 20);
    }

    public SearchQuery withText(@Nullable String newText) {
        return new SearchQuery(newText, themes, velden, channels, areas, rounds, respondentTypes, statuses, themeUnsure,
                from, to, order, page, size);
    }

    public SearchQuery withThemes(List<String> newThemes) {
        return new SearchQuery(text, newThemes, velden, channels, areas, rounds, respondentTypes, statuses, themeUnsure,
                from, to, order, page, size);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(text, themes, velden, channels, areas, rounds, respondentTypes, statuses, themeUnsure,
                from, to, order, newPage, newSize);
    }
}
