package nl.inbreng.accounts.admin;

import java.time.LocalDateTime;
import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Beheerders read the audit log, newest first, optionally narrowed to one user, one kind of call (HTTP method),
 * part of the path (for example "/users" or "/exports") and a period of whole days.
 */
@Controller("/api/admin/audit")
@RequiresRole(Role.BEHEERDER)
class AuditLogController {

    /** Counted in long: page × size in int wrapped round for large pages and ended in a 500. */
    private static final long MAX_OFFSET = 1_000_000;
    private static final Set<String> ACTIONS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "LOGIN", "OVERFLOW");

    private final AuditLogRepository auditLog;
    private final VisibleGemeenten visible;
    private final ListUsers users;

    AuditLogController(AuditLogRepository auditLog, VisibleGemeenten visible, ListUsers users) {
        this.auditLog = auditLog;
        this.visible = visible;
        this.users = users;
    }

    @Get
    @SuppressWarnings("java:S107") // the filters of the audit screen
    List<AuditEntry> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size,
                          @QueryValue @Nullable String user, @QueryValue @Nullable String action,
                          @QueryValue @Nullable String target, @QueryValue @Nullable String from,
                          @QueryValue @Nullable String to) {
        int pageSize = size == null ? 50 : size;
        int pageNumber = page == null ? 0 : page;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (pageSize < 1 || pageSize > 500) {
            errors.add(new Problem.FieldError("size", "Kies tussen 1 en 500 regels per pagina."));
        }
        if (pageNumber < 0) {
            errors.add(new Problem.FieldError("page", "Gebruik een paginanummer van 0 of hoger."));
        } else if ((long) pageNumber * pageSize > MAX_OFFSET) {
            errors.add(new Problem.FieldError("page", "Zo ver bladeren kan niet. Kies een kortere periode of een filter."));
        }
        String method = blankToNull(action) == null ? null : action.strip().toUpperCase(Locale.ROOT);
        if (method != null && !ACTIONS.contains(method)) {
            errors.add(new Problem.FieldError("action", "Kies GET, POST, PUT, PATCH, DELETE of LOGIN, of laat het leeg."));
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(new Problem.FieldError("to", "De einddatum ligt voor de begindatum. Kies een latere einddatum."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime fromTime = fromDay == null ? null : fromDay.atStartOfDay();
        LocalDateTime beforeTime = toDay == null ? null : toDay.plusDays(1).atStartOfDay(); // "to" includes that whole day
        if (visible.current().wholeInstallation()) {
            return auditLog.filtered(blankToNull(user), method, blankToNull(target), fromTime, beforeTime,
                    pageSize, pageNumber * pageSize);
        }
        // A beheerder of some gemeenten reads what the accounts they see did; sign-in attempts without an account
        // and the whole installation's own work are not theirs to read (ADR 0170).
        List<Long> seen = users.visibleIds();
        return seen.isEmpty() ? List.of() : auditLog.filteredByUsers(seen, blankToNull(user), method, blankToNull(target),
                fromTime, beforeTime, pageSize, pageNumber * pageSize);
    }

    private static @Nullable LocalDate day(String field, @Nullable String text, List<Problem.FieldError> errors) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2027-03-01."));
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
