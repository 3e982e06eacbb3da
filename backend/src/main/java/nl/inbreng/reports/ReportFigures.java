package nl.inbreng.reports;

import nl.inbreng.accounts.VisibleGemeenten;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.CountedInputs;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC reads for the report: counts per channel and group, and the inputs per veld. Which inputs count:
 * {@link CountedInputs#CONTENT} (withdrawn, hidden and spam never); only the input texts are read, never contact details.
 */
@Singleton
class ReportFigures {

    private static final String COUNTED_RULE = " " + CountedInputs.CONTENT.sql("s") + " ";

    /** One count under a name. */
    record Count(String name, int count) {
    }

    /** One input under a veld; an input with themes in two velden appears under both. */
    record VeldInput(String veldCode, long id, String problem, String text) {
    }

    private final DataSource dataSource;
    private final VisibleGemeenten visible;

    ReportFigures(DataSource dataSource, VisibleGemeenten visible) {
        this.dataSource = dataSource;
        this.visible = visible;
    }

    /** The inputs that count, of the account's gemeenten only (ADR 0170). */
    private String counted() {
        return COUNTED_RULE + "AND " + visible.sql("s.gemeente_id") + " ";
    }

    List<Count> perChannel(long round) {
        return counts("SELECT s.channel, COUNT(*) FROM submission s WHERE s.round_id = ? AND" + counted()
                + "GROUP BY s.channel", round);
    }

    List<Count> perGroup(long round) {
        return counts("SELECT s.respondent_type, COUNT(*) FROM submission s WHERE s.round_id = ? AND" + counted()
                + "GROUP BY s.respondent_type", round);
    }

    int votes(long round) {
        List<Count> counts = counts("SELECT 'votes', COUNT(*) FROM priority_vote v WHERE v.round_id = ? AND "
                + visible.sql("(SELECT r.gemeente_id FROM participation_round r WHERE r.id = v.round_id)"), round);
        return counts.isEmpty() ? 0 : counts.get(0).count();
    }

    List<VeldInput> inputsPerVeld(long round) {
        String sql = "SELECT DISTINCT th.veld_code, s.id, s.problem, s.solution FROM submission s "
                + "JOIN submission_theme st ON st.submission_id = s.id JOIN thema th ON th.code = st.thema_code "
                + "WHERE s.round_id = ? AND th.veld_code IS NOT NULL AND" + counted()
                + "ORDER BY th.veld_code, s.id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, round);
            List<VeldInput> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String problem = result.getString(3);
                    String solution = result.getString(4);
                    rows.add(new VeldInput(result.getString(1), result.getLong(2), problem,
                            solution == null ? problem : problem + "\n" + solution));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading inputs for the report failed", e);
        }
    }

    private List<Count> counts(String sql, long round) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, round);
            List<Count> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Count(result.getString(1) == null ? "ONBEKEND" : result.getString(1), result.getInt(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting for the report failed", e);
        }
    }
}
