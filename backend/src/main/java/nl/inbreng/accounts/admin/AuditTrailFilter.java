package nl.inbreng.accounts.admin;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.inbreng.accounts.AdminPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Writes every admin action to the audit log in one place, so no controller can forget it: each state-changing call
 * by a signed-in user, and each export (exports may carry personal data), with its outcome.
 */
@ServerFilter("/api/admin/**")
class AuditTrailFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final AuditLogRepository auditLog;
    private final Clock clock;

    AuditTrailFilter(AuditLogRepository auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean export = request.getPath().contains("/export");
        if (!STATE_CHANGING.contains(request.getMethod()) && !export) {
            return;
        }
        Optional<AdminPrincipal> principal = request.getAttribute(AdminAccessFilter.PRINCIPAL_ATTRIBUTE, AdminPrincipal.class);
        if (principal.isEmpty()) {
            return; // refused before it reached a controller, or the login itself
        }
        String target = request.getPath() + (export && !request.getParameters().isEmpty()
                ? "?" + request.getUri().getRawQuery() : "");
        try {
            auditLog.save(new AuditEntry(null, LocalDateTime.now(clock), principal.get().userId(),
                    principal.get().username(), request.getMethodName(), truncate(target), response.code()));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit log for a {} call", request.getMethodName(), e);
        }
    }

    private static String truncate(String target) {
        return target.length() <= 300 ? target : target.substring(0, 300);
    }
}
