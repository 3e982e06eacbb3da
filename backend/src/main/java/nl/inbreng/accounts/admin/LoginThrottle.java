package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.common.ServerSecret;
import nl.inbreng.common.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts sign-in attempts per key in the database, one atomic UPDATE per key, before the password is checked: of
 * forty attempts sent at once, only the allowed number reach bcrypt. After a key's free attempts each further attempt
 * is allowed only once the previous one's wait has passed, and that wait doubles up to the key's longest wait
 * (docs/adr/0118-login-throttling-without-lock-out.md).
 */
@Singleton
public class LoginThrottle {

    /** What a key counts, with its free attempts and its longest wait. */
    enum Kind {
        /** One client trying one account: the guesser's own budget. */
        CLIENT_AND_ACCOUNT(5, Duration.ofHours(1)),
        /** One account from every browser that never signed in to it: slows a spread-out attack. */
        ACCOUNT(20, Duration.ofMinutes(15)),
        /** One client trying any account: stops one address spraying many names. */
        CLIENT(30, Duration.ofHours(1)),
        /** A browser that signed in to this account before: counts only itself, so strangers cannot lock it out. */
        KNOWN_DEVICE(10, Duration.ofMinutes(15));

        final int freeAttempts;
        final Duration longestWait;

        Kind(int freeAttempts, Duration longestWait) {
            this.freeAttempts = freeAttempts;
            this.longestWait = longestWait;
        }
    }

    /** A counted thing: its HMAC, and the account's HMAC where the key belongs to one account. */
    record Key(Kind kind, String hash, @Nullable String accountHash) {
    }

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final TransactionOperations<Connection> transactions;
    private final ServerSecret secret;
    private final Clock clock;

    LoginThrottle(TransactionOperations<Connection> transactions, ServerSecret secret, Clock clock) {
        this.transactions = transactions;
        this.secret = secret;
        this.clock = clock;
    }

    /** The account's name as throttling and devices know it: case and surrounding spaces do not make a new key. */
    String accountHash(String username) {
        return secret.hmacHex("login-account-name", username.strip().toLowerCase(Locale.ROOT));
    }

    /** The keys one attempt counts on: its browser's own key when it signed in to this account before. */
    List<Key> keysFor(String accountHash, String clientKey, @Nullable String knownDeviceToken) {
        if (knownDeviceToken != null) {
            return List.of(new Key(Kind.KNOWN_DEVICE,
                    secret.hmacHex("login-device", Tokens.sha256(knownDeviceToken) + "\0" + accountHash), accountHash));
        }
        return List.of(
                new Key(Kind.CLIENT_AND_ACCOUNT, secret.hmacHex("login-client-account", clientKey + "\0" + accountHash),
                        accountHash),
                new Key(Kind.ACCOUNT, accountKeyHash(accountHash), accountHash),
                new Key(Kind.CLIENT, secret.hmacHex("login-client", clientKey), null));
    }

    private String accountKeyHash(String accountHash) {
        return secret.hmacHex("login-account", accountHash);
    }

    /** A beheerder set a new password, or the operator reset the account at start: every wait for it ends. */
    public void unlock(String username) {
        String accountHash = accountHash(username);
        transactions.executeWrite(status -> {
            execute(status.getConnection(), "DELETE FROM login_throttle WHERE account_hash = ?", accountHash);
            return null;
        });
    }

    /**
     * Counts this attempt on every key, or on none when one of them is still waiting. Answers empty when the attempt
     * may go on to the password check, else the moment the longest wait ends.
     */
    Optional<LocalDateTime> reserve(List<Key> keys) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reserveOnce(keys);
            } catch (RuntimeException e) {
                // two first attempts on a new key may deadlock on its insert; the database rolls one back
                if (attempt == 3 || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isDeadlock(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private Optional<LocalDateTime> reserveOnce(List<Key> keys) {
        LocalDateTime now = LocalDateTime.now(clock);
        // a fixed order, so two attempts that share keys never wait on each other's rows in a circle
        List<Key> ordered = keys.stream().sorted(Comparator.comparing(Key::hash)).toList();
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            for (Key key : ordered) {
                ensureRow(connection, key, now);
                if (!countIfNotWaiting(connection, key, now)) {
                    LocalDateTime until = blockedUntil(connection, ordered, now);
                    status.setRollbackOnly(); // an attempt that waits counts on no key
                    return Optional.of(until);
                }
            }
            return Optional.<LocalDateTime>empty();
        });
    }

    /** The password was right: the attempt is taken back, and the client's own keys start afresh. */
    void succeeded(List<Key> keys) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            for (Key key : keys.stream().sorted(Comparator.comparing(Key::hash)).toList()) {
                boolean ownKey = key.kind() == Kind.CLIENT_AND_ACCOUNT || key.kind() == Kind.KNOWN_DEVICE;
                execute(connection, ownKey
                        ? "UPDATE login_throttle SET blocked_until = NULL, failures = 0 WHERE key_hash = ?"
                        : "UPDATE login_throttle SET blocked_until = CASE WHEN failures - 1 < " + key.kind().freeAttempts
                          + " THEN NULL ELSE blocked_until END, failures = GREATEST(failures - 1, 0) WHERE key_hash = ?",
                        key.hash());
            }
            return null;
        });
    }

    /** When browsers that never signed in to this account may try again, if they are waiting now. */
    Optional<LocalDateTime> accountWaitsUntil(String username) {
        String accountHash = accountHash(username);
        String accountKeyHash = accountKeyHash(accountHash);
        LocalDateTime now = LocalDateTime.now(clock);
        return transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(
                    "SELECT blocked_until FROM login_throttle WHERE key_hash = ? AND account_hash = ?")) {
                query.setString(1, accountKeyHash);
                query.setString(2, accountHash);
                try (ResultSet row = query.executeQuery()) {
                    Timestamp until = row.next() ? row.getTimestamp(1) : null;
                    return until == null || !until.toLocalDateTime().isAfter(now)
                            ? Optional.<LocalDateTime>empty() : Optional.of(until.toLocalDateTime());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void forgetOldFailures() {
        LocalDateTime now = LocalDateTime.now(clock);
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM login_throttle WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)")) {
                delete.setTimestamp(1, Timestamp.valueOf(now.minus(FORGET_AFTER)));
                delete.setTimestamp(2, Timestamp.valueOf(now));
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static void ensureRow(Connection connection, Key key, LocalDateTime now) {
        // a key whose last failure is a day old starts afresh; ON DUPLICATE KEY UPDATE works on MySQL and H2 alike
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO login_throttle (key_hash, account_hash, failures, last_failure_at, blocked_until)
                VALUES (?, ?, 0, ?, NULL)
                ON DUPLICATE KEY UPDATE
                    failures = CASE WHEN last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?) THEN 0 ELSE failures END""")) {
            upsert.setString(1, key.hash());
            upsert.setString(2, key.accountHash());
            upsert.setTimestamp(3, Timestamp.valueOf(now));
            upsert.setTimestamp(4, Timestamp.valueOf(now.minus(FORGET_AFTER)));
            upsert.setTimestamp(5, Timestamp.valueOf(now));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The atomic step: one UPDATE counts the attempt unless the key is waiting. That UPDATE holds the row until this
     * transaction ends, so a concurrent attempt on the same key sees the wait set below before it can count itself.
     */
    private static boolean countIfNotWaiting(Connection connection, Key key, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE login_throttle SET failures = failures + 1, last_failure_at = ?
                WHERE key_hash = ? AND (blocked_until IS NULL OR blocked_until <= ?)""")) {
            update.setTimestamp(1, at);
            update.setString(2, key.hash());
            update.setTimestamp(3, at);
            if (update.executeUpdate() != 1) {
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int failures = failures(connection, key);
        if (failures >= key.kind().freeAttempts) {
            try (PreparedStatement wait = connection.prepareStatement(
                    "UPDATE login_throttle SET blocked_until = ? WHERE key_hash = ?")) {
                wait.setTimestamp(1, Timestamp.valueOf(now.plus(waitAfter(key.kind(), failures))));
                wait.setString(2, key.hash());
                wait.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    /** One minute after the last free attempt, doubling with each further one, up to the kind's longest wait. */
    static Duration waitAfter(Kind kind, int failures) {
        int doublings = Math.min(failures - kind.freeAttempts, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.max(doublings, 0));
        return wait.compareTo(kind.longestWait) > 0 ? kind.longestWait : wait;
    }

    private static int failures(Connection connection, Key key) {
        try (PreparedStatement query = connection.prepareStatement("SELECT failures FROM login_throttle WHERE key_hash = ?")) {
            query.setString(1, key.hash());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime blockedUntil(Connection connection, List<Key> keys, LocalDateTime now) {
        LocalDateTime latest = now.plusSeconds(1);
        for (Key key : keys) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT blocked_until FROM login_throttle WHERE key_hash = ?")) {
                query.setString(1, key.hash());
                try (ResultSet row = query.executeQuery()) {
                    Timestamp until = row.next() ? row.getTimestamp(1) : null;
                    if (until != null && until.toLocalDateTime().isAfter(latest)) {
                        latest = until.toLocalDateTime();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return latest;
    }

    private static void execute(Connection connection, String sql, String parameter) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
