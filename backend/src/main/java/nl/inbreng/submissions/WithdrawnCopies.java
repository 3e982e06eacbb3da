package nl.inbreng.submissions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The copies of a withdrawn input's text outside its own row, erased in the withdrawal's transaction: the
 * werkgroep's notes on it (a note often quotes the input) and the cluster summary sentences copied from it. A
 * sentence that other inputs contain word for word stays, with this input taken off its list of sources.
 */
final class WithdrawnCopies {

    private WithdrawnCopies() {
    }

    static void erase(Connection connection, long submissionId) throws SQLException {
        try (PreparedStatement notes = connection.prepareStatement("DELETE FROM submission_note WHERE submission_id = ?")) {
            notes.setLong(1, submissionId);
            notes.executeUpdate();
        }
        String id = Long.toString(submissionId);
        List<long[]> toDelete = new ArrayList<>();
        List<Object[]> toShorten = new ArrayList<>();
        try (PreparedStatement sentences = connection.prepareStatement(
                "SELECT id, source_ids FROM clustering_sentence WHERE CONCAT(',', source_ids, ',') LIKE ?")) {
            sentences.setString(1, "%," + id + ",%");
            try (ResultSet rows = sentences.executeQuery()) {
                while (rows.next()) {
                    List<String> others = Arrays.stream(rows.getString(2).split(","))
                            .map(String::strip).filter(source -> !source.isEmpty() && !source.equals(id)).toList();
                    if (others.isEmpty()) {
                        toDelete.add(new long[]{rows.getLong(1)});
                    } else {
                        toShorten.add(new Object[]{rows.getLong(1), String.join(",", others)});
                    }
                }
            }
        }
        for (long[] sentence : toDelete) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM clustering_sentence WHERE id = ?")) {
                delete.setLong(1, sentence[0]);
                delete.executeUpdate();
            }
        }
        for (Object[] sentence : toShorten) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE clustering_sentence SET source_ids = ? WHERE id = ?")) {
                update.setString(1, (String) sentence[1]);
                update.setLong(2, (Long) sentence[0]);
                update.executeUpdate();
            }
        }
    }
}
