package nl.inbreng.kiosk;

import nl.inbreng.common.Tokens;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.submissions.Submission;

import java.util.List;
import java.util.Optional;

/** A tablet at the stall sends one input from its outbox; a retry with the same key stores nothing new. */
@Singleton
class SubmitKioskInput {

    static final int MAX_KEY_LENGTH = 100;

    private final KioskSessions kioskSessions;
    private final InputRules rules;
    private final StallInputWriter writer;

    SubmitKioskInput(KioskSessions kioskSessions, InputRules rules, StallInputWriter writer) {
        this.kioskSessions = kioskSessions;
        this.rules = rules;
        this.writer = writer;
    }

    sealed interface Result permits Stored, NotUnlocked, KeyUsedForOtherInput {
    }

    record Stored(long submissionId, boolean replay) implements Result {
    }

    record NotUnlocked() implements Result {
    }

    record KeyUsedForOtherInput() implements Result {
    }

    Result submit(@Nullable String sessionToken, @Nullable String idempotencyKey, InputForm form) {
        Optional<KioskSessions.ActiveKiosk> kiosk = kioskSessions.find(sessionToken);
        if (kiosk.isEmpty()) {
            return new NotUnlocked();
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && (key.length() > MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7e]+"))) {
            throw new InvalidInputException("Idempotency-Key", "Gebruik een sleutel van hoogstens 100 gewone tekens.");
        }
        InputRules.ValidInput input = rules.check(form);
        String requestHash = Tokens.sha256(canonical(input));
        StallInputWriter.Stored stored = writer.store(input, Submission.Channel.MARKTKRAAM, kiosk.get().moment(),
                kiosk.get().deviceId(), key == null ? null : "kiosk:" + key, requestHash);
        if (stored.replay() && stored.firstRequestHash() != null && !stored.firstRequestHash().equals(requestHash)) {
            return new KeyUsedForOtherInput();
        }
        return new Stored(stored.submissionId(), stored.replay());
    }

    private static String canonical(InputRules.ValidInput input) {
        return String.join("\u0000", List.of(String.join(",", input.themeCodes()), input.problem(),
                String.valueOf(input.solution()), String.valueOf(input.areaId()), input.respondentType().name()));
    }
}
