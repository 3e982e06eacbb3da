package nl.inbreng.kiosk.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;
import nl.inbreng.kiosk.InputForm;
import nl.inbreng.kiosk.InputRules;
import nl.inbreng.kiosk.Kraammoment;
import nl.inbreng.kiosk.KraammomentRepository;
import nl.inbreng.kiosk.StallInputWriter;
import nl.inbreng.submissions.Submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Staff type in a paper form from the stall; it is stored with channel PAPIER and linked to the stall day. The form
 * asks "Wie bent u?", so the typist must say what was ticked (ANDERS when nothing was): paper input is no longer
 * assumed to come from residents.
 */
@Singleton
class EnterPaperForm {

    static final String NEED_WHO = "Kies wat bij \"Wie bent u?\" is aangekruist. Is niets aangekruist? Kies dan \"Anders\".";

    private final KraammomentRepository moments;
    private final InputRules rules;
    private final StallInputWriter writer;

    EnterPaperForm(KraammomentRepository moments, InputRules rules, StallInputWriter writer) {
        this.moments = moments;
        this.rules = rules;
        this.writer = writer;
    }

    sealed interface Result permits Entered, UnknownMoment {
    }

    record Entered(long submissionId) implements Result {
    }

    record UnknownMoment() implements Result {
    }

    Result enter(long kraammomentId, @Nullable String idempotencyKey, InputForm form) {
        Optional<Kraammoment> moment = moments.findById(kraammomentId);
        if (moment.isEmpty()) {
            return new UnknownMoment();
        }
        InputRules.ValidInput input = checked(form);
        String key = idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 90 ? null : "papier:" + idempotencyKey.strip();
        return new Entered(writer.store(input, Submission.Channel.PAPIER, moment.get(), null, key, null).submissionId());
    }

    private InputRules.ValidInput checked(InputForm form) {
        boolean noAnswer = form.respondentType() == null || form.respondentType().isBlank();
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            InputRules.ValidInput input = rules.check(noAnswer ? withRespondentType(form, "ANDERS") : form);
            if (!noAnswer) {
                return input;
            }
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
        }
        if (noAnswer) {
            errors.add(new Problem.FieldError("respondentType", NEED_WHO));
        }
        throw new InvalidInputException(errors);
    }

    private static InputForm withRespondentType(InputForm form, String type) {
        return new InputForm(form.themeCodes(), form.problem(), form.solution(), form.areaCode(), type);
    }
}
