package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import nl.inbreng.submissions.Submission;

import java.util.List;

/**
 * The rules a stall input must meet, behind an interface so that the kiosk and the public form can share one
 * implementation once the public submission use case exists. Throws InvalidInputException with Dutch messages.
 */
public interface InputRules {

    ValidInput check(InputForm form);

    /** An input that passed the rules, with its area resolved. */
    record ValidInput(List<String> themeCodes, String problem, @Nullable String solution, @Nullable Long areaId,
                      Submission.RespondentType respondentType) {
    }
}
