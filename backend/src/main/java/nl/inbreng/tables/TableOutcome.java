package nl.inbreng.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.inbreng.submissions.NewInput;
import nl.inbreng.submissions.Submission;

import java.time.LocalDateTime;

/** One theme's outcome of a thematafel: the submission holding its text, and the table's priority advice. */
@MappedEntity("table_outcome")
public record TableOutcome(@Id @GeneratedValue @Nullable Long id, Long sessionId, Long submissionId, String themaCode,
                           @Nullable Integer priorityRank, @Nullable String advice, LocalDateTime createdAt) {

    /** What a table said about one theme, as the input that holds it: a professional's, in the session's round. */
    public static NewInput input(TableSession session, String themeCode, String problem, @Nullable String solution,
                                 LocalDateTime at) {
        return NewInput.builder()
                .problem(problem)
                .solution(solution)
                .theme(themeCode)
                .respondentType(Submission.RespondentType.PROFESSIONAL)
                .channel(Submission.Channel.THEMATAFEL)
                .gemeenteId(session.gemeenteId())
                .roundId(session.roundId())
                .createdAt(at)
                .build();
    }
}
