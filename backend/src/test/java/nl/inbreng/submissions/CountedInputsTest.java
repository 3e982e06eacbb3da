package nl.inbreng.submissions;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.inbreng.submissions.SubmissionBuilder.aSubmission;
import static nl.inbreng.submissions.Submission.SubmissionStatus.BEOORDEELD;
import static nl.inbreng.submissions.Submission.SubmissionStatus.INGETROKKEN;
import static nl.inbreng.submissions.Submission.SubmissionStatus.NIEUW;
import static nl.inbreng.submissions.Submission.SubmissionStatus.SAMENGEVOEGD;
import static nl.inbreng.submissions.Submission.SubmissionStatus.SPAM;
import static nl.inbreng.submissions.Submission.SubmissionStatus.VERBORGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The intended differences between the rules, pinned; and the SQL form of each rule agrees with its Java form. */
class CountedInputsTest extends RealDatabaseTest {

    @Inject
    SubmissionRepository submissions;
    @Inject
    IndexedInputs inputs;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void eachRuleCountsTheStatusesItIsMeantTo() {
        Map<CountedInputs, Set<SubmissionStatus>> expected = new EnumMap<>(CountedInputs.class);
        // the dashboard: who took part, hidden inputs included
        expected.put(CountedInputs.PARTICIPATION, EnumSet.of(NIEUW, BEOORDEELD, VERBORGEN, SAMENGEVOEGD));
        // prioritisation, clustering, report: what was said, merged duplicates keep their weight
        expected.put(CountedInputs.CONTENT, EnumSet.of(NIEUW, BEOORDEELD, SAMENGEVOEGD));
        // the inbox without a status filter: what still wants reading
        expected.put(CountedInputs.INBOX, EnumSet.of(NIEUW, BEOORDEELD));
        // the search index: everything but withdrawn input
        expected.put(CountedInputs.INDEXED, EnumSet.of(NIEUW, BEOORDEELD, VERBORGEN, SPAM, SAMENGEVOEGD));

        for (CountedInputs rule : CountedInputs.values()) {
            assertEquals(expected.get(rule), rule.statuses(), rule.name());
        }
        assertEquals("NIEUW,BEOORDEELD,VERBORGEN,SAMENGEVOEGD", CountedInputs.PARTICIPATION.statusParameter());
    }

    @Test
    void noRuleCountsWithdrawnInputOrInputWithoutText() {
        Submission withdrawn = aSubmission().build().withdrawn(LocalDateTime.now());
        Submission textless = aSubmission().build().withTexts(null, null, LocalDateTime.now());
        for (CountedInputs rule : CountedInputs.values()) {
            assertEquals(false, rule.counts(withdrawn), rule.name());
            assertEquals(false, rule.counts(textless), rule.name());
        }
    }

    @Test
    void theSqlConditionSelectsWhatTheJavaPredicateCounts() {
        long round = inputs.newRound();
        List<Submission> stored = new ArrayList<>();
        for (SubmissionStatus status : SubmissionStatus.values()) {
            stored.add(submissions.save(aSubmission().inRound(round).withStatus(status).build()));
        }
        stored.add(submissions.save(aSubmission().inRound(round).build().withdrawn(LocalDateTime.now())));

        for (CountedInputs rule : CountedInputs.values()) {
            long inJava = stored.stream().filter(rule::counts).count();
            assertEquals(inJava, countInSql(round, rule), rule.name());
        }
    }

    private long countInSql(long round, CountedInputs rule) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM submission s WHERE s.round_id = ? AND " + rule.sql("s"))) {
                statement.setLong(1, round);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
