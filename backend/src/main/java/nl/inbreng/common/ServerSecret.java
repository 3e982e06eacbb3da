package nl.inbreng.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The server's secret for keyed hashes (receipt codes, throttling keys): {@code INBRENG_PEPPER} when the operator sets
 * it, which keeps it out of the database so a stolen copy of the database cannot be brute-forced; otherwise a random
 * secret made once and kept in the database, which still makes every installation's hashes its own. Changing the
 * pepper later makes existing receipt codes unreadable, so it is set once (docs/adr/0119-server-secret.md).
 */
@Singleton
public class ServerSecret {

    private static final Logger LOG = LoggerFactory.getLogger(ServerSecret.class);
    private static final String NAME = "pepper";

    private final byte[] secret;

    ServerSecret(@Value("${inbreng.pepper:}") @Nullable String pepper, TransactionOperations<Connection> transactions,
                 Clock clock) {
        if (pepper != null && !pepper.isBlank()) {
            if (pepper.length() < 32) {
                throw new IllegalStateException("INBRENG_PEPPER must be at least 32 characters long");
            }
            this.secret = pepper.getBytes(StandardCharsets.UTF_8);
        } else {
            this.secret = storedSecret(transactions, clock).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** HMAC-SHA256 of the value for one purpose; purposes never share a hash. */
    public String hmacHex(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    /** Made by the first process that needs it; of several starting at once, the first insert wins and all read it. */
    private static String storedSecret(TransactionOperations<Connection> transactions, Clock clock) {
        String existing = transactions.executeRead(status -> read(status.getConnection()));
        if (existing != null) {
            return existing;
        }
        try {
            transactions.executeWrite(status -> {
                try (PreparedStatement insert = status.getConnection().prepareStatement(
                        "INSERT INTO server_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, NAME);
                    insert.setString(2, Tokens.random(48));
                    insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(clock)));
                    insert.executeUpdate();
                }
                return null;
            });
            LOG.warn("No INBRENG_PEPPER set: made a server secret and kept it in the database. Set INBRENG_PEPPER "
                    + "before the first start of a real installation (see infra/README.md).");
        } catch (RuntimeException raced) {
            // another process inserted it first; read theirs below
        }
        String made = transactions.executeRead(status -> read(status.getConnection()));
        if (made == null) {
            throw new IllegalStateException("The server secret could not be stored");
        }
        return made;
    }

    private static String read(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            query.setString(1, NAME);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The server secret could not be read", e);
        }
    }
}
