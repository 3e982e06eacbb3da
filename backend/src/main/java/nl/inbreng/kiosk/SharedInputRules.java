package nl.inbreng.kiosk;

import jakarta.inject.Singleton;
import nl.inbreng.submissions.SubmissionRequest;
import nl.inbreng.submissions.SubmissionRules;

/**
 * Stall inputs follow the public form's rules: the kiosk's questions are mapped onto a submission request.
 * Themes may be left open ("Weet ik niet"). The kiosk asks "Wie bent u?"; an input without an answer (sent by a
 * tablet from before that question) is stored as INWONER, as all stall input was before.
 */
@Singleton
class SharedInputRules implements InputRules {

    private final SubmissionRules rules;

    SharedInputRules(SubmissionRules rules) {
        this.rules = rules;
    }

    @Override
    public ValidInput check(InputForm form) {
        boolean noThemes = form.themeCodes() == null || form.themeCodes().stream().allMatch(code -> code == null || code.isBlank());
        String respondentType = form.respondentType() == null || form.respondentType().isBlank() ? "INWONER" : form.respondentType();
        SubmissionRules.ValidSubmission valid = rules.check(new SubmissionRequest(form.themeCodes(), noThemes, form.problem(),
                form.solution(), form.areaCode(), respondentType, null, null, null, null, null, null));
        return new ValidInput(valid.themeCodes(), valid.problem(), valid.solution(),
                valid.area() == null ? null : valid.area().id(), valid.respondentType());
    }
}
