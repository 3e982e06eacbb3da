package nl.inbreng.submissions;

import nl.inbreng.submissions.Submission.SubmissionStatus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which inputs count, and for what: the one definition, with the differences that are meant. Every rule leaves out
 * withdrawn inputs (their text is gone, the resident asked) and inputs without text.
 *
 * <ul>
 *   <li>{@link #PARTICIPATION}: how many took part (dashboard). Hidden inputs count, because someone did take part
 *   (ADR 0073); spam does not.</li>
 *   <li>{@link #CONTENT}: what the input says (draft prioritisation, clustering, council report). Hidden and spam
 *   inputs do not count; merged near-duplicates do, so that a complaint heard five times weighs five times
 *   (ADR 0083).</li>
 *   <li>{@link #INBOX}: what the inbox shows (and exports) when no status filter is chosen: what still wants reading;
 *   merged duplicates show as "×N" on the input they were merged into.</li>
 *   <li>{@link #INDEXED}: what the search index holds, so that every status filter of the inbox can find it.</li>
 * </ul>
 * {@code CountedInputsTest} pins the table; change it there and here together.
 */
public enum CountedInputs {

    PARTICIPATION(EnumSet.of(SubmissionStatus.NIEUW, SubmissionStatus.BEOORDEELD, SubmissionStatus.VERBORGEN,
            SubmissionStatus.SAMENGEVOEGD)),
    CONTENT(EnumSet.of(SubmissionStatus.NIEUW, SubmissionStatus.BEOORDEELD, SubmissionStatus.SAMENGEVOEGD)),
    INBOX(EnumSet.of(SubmissionStatus.NIEUW, SubmissionStatus.BEOORDEELD)),
    INDEXED(EnumSet.complementOf(EnumSet.of(SubmissionStatus.INGETROKKEN)));

    private final Set<SubmissionStatus> statuses;

    CountedInputs(Set<SubmissionStatus> statuses) {
        this.statuses = Collections.unmodifiableSet(statuses);
    }

    public Set<SubmissionStatus> statuses() {
        return statuses;
    }

    /** The rule in Java, for inputs already loaded. */
    public boolean counts(Submission submission) {
        return submission.problem() != null && statuses.contains(submission.status());
    }

    /** The rule as an SQL condition on the submission table under {@code alias}, e.g. {@code "s"}. */
    public String sql(String alias) {
        return alias + ".problem IS NOT NULL AND " + alias + ".status IN ("
                + statuses.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** The statuses as the inbox's {@code status=} parameter, so a figure links to exactly the inputs it counts. */
    public String statusParameter() {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
