package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.common.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Browsers that signed in to an account before, known by a random token in an HttpOnly cookie (stored as its
 * SHA-256). Their failed attempts count for themselves only, so a stranger's guessing cannot keep the account's own
 * people out (OWASP's device cookies; docs/adr/0118-login-throttling-without-lock-out.md).
 */
@Singleton
class KnownDevices {

    static final String COOKIE = "INBRENG_DEVICE";
    static final Duration KEEP = Duration.ofDays(180);

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    KnownDevices(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean knows(@Nullable String token, String accountHash) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        LocalDateTime since = LocalDateTime.now(clock).minus(KEEP);
        return transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(
                    "SELECT 1 FROM login_device WHERE token_hash = ? AND account_hash = ? AND last_used_at > ?")) {
                query.setString(1, Tokens.sha256(token));
                query.setString(2, accountHash);
                query.setTimestamp(3, Timestamp.valueOf(since));
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** After a successful sign-in: the browser's token (the one it had, or a new one) is known for this account. */
    String remember(@Nullable String token, String accountHash) {
        String kept = token == null || token.isBlank() || token.length() > 100 ? Tokens.random(32) : token;
        LocalDateTime now = LocalDateTime.now(clock);
        transactions.executeWrite(status -> {
            try (PreparedStatement upsert = status.getConnection().prepareStatement("""
                    INSERT INTO login_device (token_hash, account_hash, created_at, last_used_at) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE last_used_at = ?""")) {
                Timestamp at = Timestamp.valueOf(now);
                upsert.setString(1, Tokens.sha256(kept));
                upsert.setString(2, accountHash);
                upsert.setTimestamp(3, at);
                upsert.setTimestamp(4, at);
                upsert.setTimestamp(5, at);
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return kept;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "15m")
    void forgetOldDevices() {
        LocalDateTime before = LocalDateTime.now(clock).minus(KEEP);
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM login_device WHERE last_used_at < ?")) {
                delete.setTimestamp(1, Timestamp.valueOf(before));
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
