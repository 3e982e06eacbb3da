package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.SearchQuery;
import nl.inbreng.search.SearchResult;
import nl.inbreng.search.SubmissionSearch;
import nl.inbreng.submissions.ContactDetails;
import nl.inbreng.submissions.ContactDetailsRepository;
import nl.inbreng.submissions.PublicQuotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects every input that matches an inbox filter, for a spreadsheet. Contact details only on request and only
 * for a beheerder (the audit trail records every export with its query string).
 */
@Singleton
class ExportSubmissions {

    private static final int PAGE = 200;

    /** What the export yields. */
    sealed interface Result {
        record Rows(List<String> header, List<List<String>> rows) implements Result {
        }

        /** Contact details were asked for by someone who is no beheerder. */
        record ContactNotAllowed() implements Result {
        }
    }

    /** Stands in for a text that still holds a suspected piece of personal data nobody decided on. */
    static final String NOT_REVIEWED = "[niet geëxporteerd: nog niet nagekeken op persoonsgegevens]";

    private final SubmissionSearch search;
    private final ContactDetailsRepository contacts;
    private final PublicQuotes quotes;

    ExportSubmissions(SubmissionSearch search, ContactDetailsRepository contacts, PublicQuotes quotes) {
        this.search = search;
        this.contacts = contacts;
        this.quotes = quotes;
    }

    Result export(SearchQuery query, boolean includeContact, AdminPrincipal principal) {
        if (includeContact && !principal.has(Role.BEHEERDER)) {
            return new Result.ContactNotAllowed();
        }
        List<String> header = new ArrayList<>(List.of("id", "datum", "kanaal", "thema's", "wijk", "ronde", "wie",
                "status", "wat speelt er", "oplossing"));
        if (includeContact) {
            header.addAll(List.of("naam", "e-mail", "telefoon"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchResult result = search.search(query.withPage(page, PAGE));
            Set<Long> unreviewed = quotes.withOpenSuspects(result.items().stream().map(SearchResult.Hit::id).toList());
            for (SearchResult.Hit hit : result.items()) {
                rows.add(row(hit, includeContact, unreviewed.contains(hit.id())));
            }
            if (result.items().size() < PAGE || (long) (page + 1) * PAGE >= result.total()) {
                break;
            }
        }
        return new Result.Rows(header, rows);
    }

    private List<String> row(SearchResult.Hit hit, boolean includeContact, boolean unreviewed) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(hit.id()), hit.createdAt().toLocalDate().toString(),
                hit.channel(), String.join(", ", hit.themeCodes()), text(hit.areaCode()),
                hit.roundId() == null ? "" : hit.roundId().toString(), hit.respondentType(), hit.status(),
                unreviewed ? NOT_REVIEWED : text(hit.problem()), unreviewed ? NOT_REVIEWED : text(hit.solution())));
        if (includeContact) {
            Optional<ContactDetails> contact = contacts.findBySubmissionId(hit.id());
            row.add(contact.map(ContactDetails::name).map(ExportSubmissions::text).orElse(""));
            row.add(contact.map(ContactDetails::email).map(ExportSubmissions::text).orElse(""));
            row.add(contact.map(ContactDetails::phone).map(ExportSubmissions::text).orElse(""));
        }
        return row;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
