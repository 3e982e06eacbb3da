package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.search.SearchQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns the inbox's query string into a search, with Dutch messages for values that make no sense. */
final class InboxParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;
    /**
     * How deep one may page: the search collects every hit up to the page asked for, and page × size in int wrapped
     * round for large pages (page=10737418&size=200 gave a 500). Counted in long and capped here.
     */
    static final long MAX_RESULT_WINDOW = 10_000;

    private InboxParameters() {
    }

    @SuppressWarnings("java:S107") // one argument per query parameter of the contract
    static SearchQuery parse(@Nullable String q, @Nullable String theme, @Nullable String veld, @Nullable String channel,
                             @Nullable String area, @Nullable String round, @Nullable String respondentType,
                             @Nullable String status, @Nullable String unsure, @Nullable String from, @Nullable String to,
                             @Nullable String sort, @Nullable Integer page, @Nullable Integer size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new Problem.FieldError("to", "Kies een einddatum die na de begindatum ligt."));
        }
        SearchQuery.Order order = order(sort, errors);
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0) {
            errors.add(new Problem.FieldError("page", "Gebruik een paginanummer van 0 of hoger."));
        }
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "Kies tussen 1 en " + MAX_SIZE + " resultaten per pagina."));
        } else if (pageNumber >= 0 && (pageNumber + 1L) * pageSize > MAX_RESULT_WINDOW) {
            errors.add(new Problem.FieldError("page", "U kunt de eerste 10.000 resultaten doorbladeren. "
                    + "Maak uw zoekopdracht nauwkeuriger of gebruik een filter."));
        }
        Boolean themeUnsure = null;
        if (unsure != null && !unsure.isBlank()) {
            themeUnsure = Boolean.parseBoolean(unsure.strip());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SearchQuery(q == null || q.isBlank() ? null : q.strip(), list(theme, false), list(veld, false),
                list(channel, true), list(area, false), list(round, false), list(respondentType, true),
                list(status, true), themeUnsure, fromDate, toDate, order, pageNumber, pageSize);
    }

    private static List<String> list(@Nullable String value, boolean upperCase) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> upperCase ? v.toUpperCase(Locale.ROOT) : v).toList();
    }

    private static LocalDate date(String field, @Nullable String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2027-03-01."));
            return null;
        }
    }

    private static SearchQuery.Order order(@Nullable String sort, List<Problem.FieldError> errors) {
        if (sort == null || sort.isBlank()) {
            return SearchQuery.Order.RELEVANCE;
        }
        switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance":
                return SearchQuery.Order.RELEVANCE;
            case "date", "newest":
                return SearchQuery.Order.NEWEST;
            case "oldest":
                return SearchQuery.Order.OLDEST;
            default:
                errors.add(new Problem.FieldError("sort", "Sorteer op relevance, newest of oldest."));
                return SearchQuery.Order.RELEVANCE;
        }
    }
}
