package nl.inbreng.submissions;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.search.SubmissionIndexer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code duplicate_of} reference of merged near-duplicates. Kept outside the {@link Submission} record so that
 * the many places that copy a submission cannot clear it by accident; plain JDBC on the current transaction's
 * connection, so call it inside a transaction.
 */
@Singleton
public class DuplicateLinks {

    private final DataSource dataSource;
    private final SubmissionIndexer indexer;
    private final Clock clock;

    DuplicateLinks(DataSource dataSource, SubmissionIndexer indexer, Clock clock) {
        this.dataSource = dataSource;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** The input this one was merged into, if any. */
    public @Nullable Long masterOf(long id) {
        List<Long> found = ids("SELECT duplicate_of FROM submission WHERE id = ? AND duplicate_of IS NOT NULL", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The inputs merged into this one that still count (not withdrawn), oldest first. */
    public List<Long> duplicatesOf(long masterId) {
        return ids("SELECT id FROM submission WHERE duplicate_of = ? AND status = 'SAMENGEVOEGD' ORDER BY id", masterId);
    }

    /** Points the input at its master, or clears the reference when {@code masterId} is null. */
    public void link(long id, @Nullable Long masterId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE submission SET duplicate_of = ? WHERE id = ?")) {
            if (masterId == null) {
                statement.setNull(1, Types.BIGINT);
            } else {
                statement.setLong(1, masterId);
            }
            statement.setLong(2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a merge failed", e);
        }
    }

    /**
     * A resident withdrew an input. If it was a merged duplicate, its master now stands for one input less. If other
     * inputs were merged into it, the oldest of them takes its place (back to the review status it had before the
     * merge) and the others point at that one, so the werkgroep's merge work and every count survive.
     */
    public void afterWithdrawal(long id) {
        Long master = masterOf(id);
        if (master != null) {
            indexer.index(master);
        }
        List<Long> duplicates = duplicatesOf(id);
        if (duplicates.isEmpty()) {
            return;
        }
        long heir = duplicates.get(0);
        String status = ids("SELECT 1 FROM moderation_event WHERE submission_id = ? AND restore_status = 'BEOORDEELD' "
                + "AND id = (SELECT MAX(id) FROM moderation_event WHERE submission_id = ?)", heir, heir).isEmpty()
                ? "NIEUW" : "BEOORDEELD";
        execute("UPDATE submission SET status = ?, duplicate_of = NULL, updated_at = ? WHERE id = ?", status, heir);
        for (long other : duplicates.subList(1, duplicates.size())) {
            link(other, heir);
        }
        for (long changed : duplicates) {
            indexer.index(changed);
        }
    }

    private void execute(String sql, String status, long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, status);
            statement.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(clock)));
            statement.setLong(3, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Updating a merged input failed", e);
        }
    }

    private List<Long> ids(String sql, long... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading merged inputs failed", e);
        }
    }
}
