package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.InvalidInputException;

import java.util.List;

/** Beheerders read the audit log, newest first. */
@Controller("/api/admin/audit")
@RequiresRole(Role.BEHEERDER)
class AuditLogController {

    private final AuditLogRepository auditLog;

    AuditLogController(AuditLogRepository auditLog) {
        this.auditLog = auditLog;
    }

    @Get
    List<AuditEntry> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        int pageSize = size == null ? 50 : size;
        int pageNumber = page == null ? 0 : page;
        if (pageSize < 1 || pageSize > 500) {
            throw new InvalidInputException("size", "Kies tussen 1 en 500 regels per pagina.");
        }
        if (pageNumber < 0) {
            throw new InvalidInputException("page", "Gebruik een paginanummer van 0 of hoger.");
        }
        return auditLog.newestFirst(pageSize, pageNumber * pageSize);
    }
}
