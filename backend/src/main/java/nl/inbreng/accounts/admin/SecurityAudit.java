package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Sign-ins (failed, throttled and successful) and refused admin requests (401, 403) in the audit log, for the
 * beheerder and for a BIO check. Never a password, an address or a name that is not an account (a person may have
 * typed a password into the name field). A stranger can cause refusals at will, so entries without a signed-in user
 * have a budget per minute; what goes over it is counted in one entry.
 */
@Singleton
class SecurityAudit {

    static final String UNKNOWN_ACCOUNT = "(onbekend account)";
    static final String NOT_SIGNED_IN = "(niet ingelogd)";
    static final int ANONYMOUS_PER_MINUTE = 120;

    private static final Logger LOG = LoggerFactory.getLogger(SecurityAudit.class);

    private final AuditLogRepository auditLog;
    private final Clock clock;
    private LocalDateTime minute;
    private int written;
    private int skipped;

    SecurityAudit(AuditLogRepository auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A sign-in attempt: the account when it exists, and the outcome (200, 401 or 429). */
    void signIn(@Nullable Long userId, @Nullable String accountName, int outcome) {
        String who = userId == null || accountName == null ? UNKNOWN_ACCOUNT : accountName;
        write(userId, who, "LOGIN", "/api/admin/login", outcome);
    }

    /** A request the access filter refused: who, when known (403), and what was asked. */
    void refused(@Nullable Long userId, @Nullable String username, String method, String path, int outcome) {
        write(userId, username == null ? NOT_SIGNED_IN : username, method, path, outcome);
    }

    private void write(@Nullable Long userId, String who, String action, String target, int outcome) {
        LocalDateTime now = LocalDateTime.now(clock);
        int overflow = 0;
        synchronized (this) {
            LocalDateTime thisMinute = now.truncatedTo(ChronoUnit.MINUTES);
            if (!thisMinute.equals(minute)) {
                overflow = skipped;
                minute = thisMinute;
                written = 0;
                skipped = 0;
            }
            if (userId == null && written >= ANONYMOUS_PER_MINUTE) {
                skipped++;
                return;
            }
            if (userId == null) {
                written++;
            }
        }
        try {
            if (overflow > 0) {
                auditLog.save(new AuditEntry(null, now, null, NOT_SIGNED_IN, "OVERFLOW",
                        overflow + " geweigerde verzoeken in de vorige minuut niet apart gelogd", 429));
            }
            auditLog.save(new AuditEntry(null, now, userId, truncate(who, 100), truncate(action, 10), truncate(target, 300),
                    outcome));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit log for a refused request: {}", e.getClass().getName());
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
