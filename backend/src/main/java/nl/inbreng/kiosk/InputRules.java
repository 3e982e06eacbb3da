package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRequest;
import nl.inbreng.submissions.SubmissionRules;

import java.util.List;

/**
 * The rules a stall input (kiosk or paper form) must meet: the public form's rules, with the kiosk's questions mapped
 * onto a submission request. Themes may be left open ("Weet ik niet"). The kiosk asks "Wie bent u?"; an input without
 * an answer (sent by a tablet from before that question) is stored as INWONER, as all stall input was before.
 * Throws InvalidInputException with Dutch messages.
 */
@Singleton
public class InputRules {

    private final SubmissionRules rules;

    InputRules(SubmissionRules rules) {
        this.rules = rules;
    }

    /** An input that passed the rules, with its area resolved. */
    public record ValidInput(List<String> themeCodes, String problem, @Nullable String solution, @Nullable Long areaId,
                             Submission.RespondentType respondentType) {
    }

    public ValidInput check(InputForm form) {
        boolean noThemes = form.themeCodes() == null || form.themeCodes().stream().allMatch(code -> code == null || code.isBlank());
        String respondentType = form.respondentType() == null || form.respondentType().isBlank() ? "INWONER" : form.respondentType();
        SubmissionRules.ValidSubmission valid = rules.check(new SubmissionRequest(form.themeCodes(), noThemes, form.problem(),
                form.solution(), form.areaCode(), respondentType, null, null, null, null, null, null));
        return new ValidInput(valid.themeCodes(), valid.problem(), valid.solution(),
                valid.area() == null ? null : valid.area().id(), valid.respondentType());
    }
}
