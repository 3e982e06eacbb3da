package nl.inbreng.kiosk.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.kiosk.InputForm;
import nl.inbreng.kiosk.InputRules;
import nl.inbreng.kiosk.Kraammoment;
import nl.inbreng.kiosk.KraammomentRepository;
import nl.inbreng.kiosk.StallInputWriter;
import nl.inbreng.submissions.Submission;

import java.util.Optional;

/** Staff type in a paper form from the stall; it is stored with channel PAPIER and linked to the stall day. */
@Singleton
class EnterPaperForm {

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
        InputRules.ValidInput input = rules.check(form);
        String key = idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 90 ? null : "papier:" + idempotencyKey.strip();
        return new Entered(writer.store(input, Submission.Channel.PAPIER, moment.get(), null, key, null).submissionId());
    }
}
