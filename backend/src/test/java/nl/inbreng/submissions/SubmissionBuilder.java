package nl.inbreng.submissions;

import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.RespondentType;
import nl.inbreng.submissions.Submission.SubmissionStatus;

import java.time.LocalDateTime;

/**
 * Test data: a submission row with named states, {@code aSubmission().inRound(r).about("…").hidden().build()}.
 * Defaults: a resident's online input, status NIEUW, created now, in no round, gemeente or area.
 */
public final class SubmissionBuilder {

    private final Submission.Builder row = Submission.builder()
            .problem("Te hard gereden in de straat")
            .respondentType(RespondentType.INWONER)
            .channel(Channel.ONLINE)
            .status(SubmissionStatus.NIEUW);
    private LocalDateTime createdAt = LocalDateTime.now();

    private SubmissionBuilder() {
    }

    public static SubmissionBuilder aSubmission() {
        return new SubmissionBuilder();
    }

    public SubmissionBuilder about(String problem) {
        row.problem(problem);
        return this;
    }

    public SubmissionBuilder withSolution(String solution) {
        row.solution(solution);
        return this;
    }

    public SubmissionBuilder inRound(Long roundId) {
        row.roundId(roundId);
        return this;
    }

    public SubmissionBuilder inGemeente(Long gemeenteId) {
        row.gemeenteId(gemeenteId);
        return this;
    }

    public SubmissionBuilder inArea(Long areaId) {
        row.areaId(areaId);
        return this;
    }

    public SubmissionBuilder by(RespondentType type) {
        row.respondentType(type);
        return this;
    }

    public SubmissionBuilder aged(String ageBand) {
        row.ageBand(ageBand);
        return this;
    }

    public SubmissionBuilder via(Channel channel) {
        row.channel(channel);
        return this;
    }

    public SubmissionBuilder atMarketStall() {
        return via(Channel.MARKTKRAAM);
    }

    public SubmissionBuilder onPaper() {
        return via(Channel.PAPIER);
    }

    public SubmissionBuilder at(LocalDateTime moment) {
        createdAt = moment;
        return this;
    }

    public SubmissionBuilder withStatus(SubmissionStatus status) {
        row.status(status);
        return this;
    }

    public SubmissionBuilder hidden() {
        return withStatus(SubmissionStatus.VERBORGEN);
    }

    public SubmissionBuilder spam() {
        return withStatus(SubmissionStatus.SPAM);
    }

    /** The resident ticked "Weet ik niet": no themes. */
    public SubmissionBuilder themeUnsure(boolean unsure) {
        row.themeUnsure(unsure);
        return this;
    }

    public Submission build() {
        return row.createdAt(createdAt).updatedAt(createdAt).build();
    }
}
