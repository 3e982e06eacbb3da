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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private final SubmissionSearch search;
    private final ContactDetailsRepository contacts;

    ExportSubmissions(SubmissionSearch search, ContactDetailsRepository contacts) {
        this.search = search;
        this.contacts = contacts;
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
            for (SearchResult.Hit hit : result.items()) {
                rows.add(row(hit, includeContact));
            }
            if (result.items().size() < PAGE || (long) (page + 1) * PAGE >= result.total()) {
                break;
            }
        }
        return new Result.Rows(header, rows);
    }

    private List<String> row(SearchResult.Hit hit, boolean includeContact) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(hit.id()), hit.createdAt().toLocalDate().toString(),
                hit.channel(), String.join(", ", hit.themeCodes()), text(hit.areaCode()),
                hit.roundId() == null ? "" : hit.roundId().toString(), hit.respondentType(), hit.status(),
                text(hit.problem()), text(hit.solution())));
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
