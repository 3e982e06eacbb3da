package nl.inbreng.submissions;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.inbreng.common.ServerSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a receipt is stored: HMAC-SHA256 with the server secret over the receipt's SHA-256. Without the secret
 * (INBRENG_PEPPER, ADR 0119) a copy of the database does not let anyone try receipts offline. Because the keyed hash
 * is taken over the old unkeyed one, the hashes stored before are upgraded in place once, at start, without knowing
 * any receipt.
 */
@Singleton
public class Receipts {

    private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);
    static final String UPGRADE_MARK = "receipt-hash-v2";

    private final ServerSecret secret;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Receipts(ServerSecret secret, TransactionOperations<Connection> transactions, Clock clock) {
        this.secret = secret;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The stored form of a receipt in its canonical form (12 signs, capitals, no dashes). */
    public String hash(String canonical) {
        return keyed(ReceiptCode.sha256(canonical));
    }

    /** The stored form of a typed receipt, if it has the shape of one. */
    Optional<String> hashOf(String typed) {
        return ReceiptCode.canonical(typed).map(this::hash);
    }

    private String keyed(String unkeyedHash) {
        return secret.hmacHex("receipt", unkeyedHash);
    }

    /**
     * Once per database: the mark and every stored hash change in one transaction, so a crash leaves all old or all
     * new, and a second process that starts at the same time waits on the mark and then finds the work done.
     */
    @EventListener
    void upgradeStoredHashes(StartupEvent event) {
        int upgraded = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement mark = connection.prepareStatement(
                    "INSERT INTO server_secret (name, secret, created_at) VALUES (?, 'done', ?)")) {
                mark.setString(1, UPGRADE_MARK);
                mark.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(clock)));
                mark.executeUpdate();
            } catch (SQLException alreadyDone) {
                return -1;
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, receipt_hash FROM submission WHERE receipt_hash IS NOT NULL");
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[]{result.getLong(1), result.getString(2)});
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE submission SET receipt_hash = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    update.setString(1, keyed((String) row[1]));
                    update.setLong(2, (Long) row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return rows.size();
        });
        if (upgraded > 0) {
            LOG.info("Upgraded {} stored receipt hashes to keyed hashes", upgraded);
        }
    }
}
